-- FTS5 writes the terms it has gathered as a segment each time they pass its hash size. At 16 MB
-- (0009) a full ingestion of 12,000 issues wrote a few segments, which the run then merged into one
-- (ArchiveWriter.MergeSearchIndex): 0.25-0.4 s on the one writing thread, at the end of the run. At
-- 64 MB the whole of that build fits, is written once as a single segment, and there is nothing to
-- merge; the peak memory of the run measured the same (343-377 MB against 355-357 MB), as the hash
-- holds the terms while the windows they came from are already collected. A larger archive still
-- writes a segment per 64 MB and merges them at the end.
INSERT INTO SearchIndex (SearchIndex, rank) VALUES ('hashsize', 67108864);
