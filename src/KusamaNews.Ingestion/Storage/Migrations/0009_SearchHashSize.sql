-- FTS5 gathers new terms in memory and writes them out as a segment each time they pass its hash
-- size (1 MB by default), merging segments as they pile up. A full ingestion indexes 92,000
-- sections in one statement: with 16 MB it writes a few large segments instead of ~80 small ones
-- and merges far less (1.4 s -> 1.0-1.1 s at 12,000 issues); a large run then merges them into one
-- (ArchiveWriter.MergeSearchIndex). The setting is stored with the index, so every later ingestion
-- has it too.
INSERT INTO SearchIndex (SearchIndex, rank) VALUES ('hashsize', 16777216);
