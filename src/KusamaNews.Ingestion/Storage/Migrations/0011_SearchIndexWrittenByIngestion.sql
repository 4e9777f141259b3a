-- Ingestion writes SearchIndex itself, a row at a time as it stores and removes sections
-- (ArchiveWriter), so the triggers that noted changed sections and the flush that indexed them all
-- at the end of a run go. That flush was a second of a full ingestion's 5.4 that nothing else could
-- overlap; row by row, FTS5 indexes while the next issues are parsed. Triggers writing the index
-- were no way either: FTS5 writes a segment at every statement savepoint, and a statement that
-- fires a trigger opens one (see 0005). Sections are written by ingestion only; the archive is a
-- cache of content/, not a place to edit.
-- Anything still pending (there is nothing at rest: each run flushed in its own transaction) is
-- indexed first.
DELETE FROM SearchIndex WHERE rowid IN (SELECT SectionId FROM SearchPending);
INSERT INTO SearchIndex (rowid, Heading, Body, Headline)
SELECT s.Id, s.Heading, s.PlainText, i.Headline
FROM SearchPending p
JOIN Sections s ON s.Id = p.SectionId
JOIN Issues i ON i.Id = s.IssueId
ORDER BY p.SectionId;
DROP TRIGGER SearchSectionInserted;
DROP TRIGGER SearchSectionDeleted;
DROP TRIGGER SearchSectionUpdated;
DROP TRIGGER SearchIssueUpdated;
DROP TRIGGER SearchIndexFlushed;
DROP TABLE SearchPending;
