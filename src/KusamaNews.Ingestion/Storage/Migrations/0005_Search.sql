-- Full-text search over sections: each section's heading, its text and its issue's headline.
-- Porter stemming over unicode61 without diacritics: "auctions" finds "auction", "Kusamá" finds
-- "Kusama"; punctuation separates tokens, so "XCM-v3" is the tokens "xcm" "v3" (queries quote
-- every term, which makes it the phrase "xcm v3"). The table keeps its own copy of the text, so a
-- row can be deleted by rowid alone, after its section (and the old text) is gone.
CREATE VIRTUAL TABLE IF NOT EXISTS SearchIndex USING fts5(
    Heading, Body, Headline,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- The rowid of a section in SearchIndex: (Year * 100 + Month) * 1e9 + Ordinal, so rowid order is
-- issue order. Search reads the month from the rowid, filters years by rowid range, finds newest
-- first without sorting, and meets an issue's sections one after another (see Search/).
CREATE TABLE IF NOT EXISTS SearchDocuments (
    DocId INTEGER PRIMARY KEY,
    SectionId INTEGER NOT NULL UNIQUE
);

-- Sections whose row in SearchIndex is out of date (added, changed or removed) since the last
-- flush below. Writing SearchIndex row by row from the Sections triggers would be simple, but
-- FTS5 flushes its pending terms to a new segment at every statement savepoint, which made a full
-- ingestion three times slower; so the triggers only note the change, and the index is written in
-- one statement per ingestion.
CREATE TABLE IF NOT EXISTS SearchPending (
    DocId INTEGER PRIMARY KEY
);

CREATE TRIGGER IF NOT EXISTS SearchSectionInserted AFTER INSERT ON Sections BEGIN
    INSERT INTO SearchDocuments (DocId, SectionId)
    SELECT (i.Year * 100 + i.Month) * 1000000000 + new.Ordinal, new.Id FROM Issues i WHERE i.Id = new.IssueId;
    INSERT OR IGNORE INTO SearchPending (DocId) SELECT DocId FROM SearchDocuments WHERE SectionId = new.Id;
END;

CREATE TRIGGER IF NOT EXISTS SearchSectionDeleted AFTER DELETE ON Sections BEGIN
    INSERT OR IGNORE INTO SearchPending (DocId) SELECT DocId FROM SearchDocuments WHERE SectionId = old.Id;
    DELETE FROM SearchDocuments WHERE SectionId = old.Id;
END;

CREATE TRIGGER IF NOT EXISTS SearchSectionUpdated AFTER UPDATE OF IssueId, Ordinal, Heading, PlainText ON Sections BEGIN
    INSERT OR IGNORE INTO SearchPending (DocId) SELECT DocId FROM SearchDocuments WHERE SectionId = old.Id;
    DELETE FROM SearchDocuments WHERE SectionId = old.Id;
    INSERT INTO SearchDocuments (DocId, SectionId)
    SELECT (i.Year * 100 + i.Month) * 1000000000 + new.Ordinal, new.Id FROM Issues i WHERE i.Id = new.IssueId;
    INSERT OR IGNORE INTO SearchPending (DocId) SELECT DocId FROM SearchDocuments WHERE SectionId = new.Id;
END;

-- Ingestion replaces an issue rather than updating it, but a changed month or headline must still
-- reach every section's row.
CREATE TRIGGER IF NOT EXISTS SearchIssueUpdated AFTER UPDATE OF Year, Month, Headline ON Issues BEGIN
    INSERT OR IGNORE INTO SearchPending (DocId)
    SELECT d.DocId FROM SearchDocuments d JOIN Sections s ON s.Id = d.SectionId WHERE s.IssueId = new.Id;
    DELETE FROM SearchDocuments WHERE SectionId IN (SELECT Id FROM Sections WHERE IssueId = new.Id);
    INSERT INTO SearchDocuments (DocId, SectionId)
    SELECT (new.Year * 100 + new.Month) * 1000000000 + s.Ordinal, s.Id FROM Sections s WHERE s.IssueId = new.Id;
    INSERT OR IGNORE INTO SearchPending (DocId)
    SELECT d.DocId FROM SearchDocuments d JOIN Sections s ON s.Id = d.SectionId WHERE s.IssueId = new.Id;
END;

-- Every ingestion ends by writing ArchiveState (ArchiveWriter.WriteState), inside its transaction:
-- that is when the noted sections are indexed, in one statement each way.
CREATE TRIGGER IF NOT EXISTS SearchIndexFlushed AFTER UPDATE ON ArchiveState WHEN EXISTS (SELECT 1 FROM SearchPending) BEGIN
    DELETE FROM SearchIndex WHERE rowid IN (SELECT DocId FROM SearchPending);
    INSERT INTO SearchIndex (rowid, Heading, Body, Headline)
    SELECT p.DocId, s.Heading, s.PlainText, i.Headline
    FROM SearchPending p
    JOIN SearchDocuments d ON d.DocId = p.DocId
    JOIN Sections s ON s.Id = d.SectionId
    JOIN Issues i ON i.Id = s.IssueId
    ORDER BY p.DocId;
    DELETE FROM SearchPending;
END;

-- A database made before search gets its index now. (Search was planned as migration 0003 and
-- developed as such while 0004 landed; a database of that branch already has everything above,
-- hence IF NOT EXISTS, OR IGNORE and the empty-index test.)
INSERT OR IGNORE INTO SearchDocuments (DocId, SectionId)
SELECT (i.Year * 100 + i.Month) * 1000000000 + s.Ordinal, s.Id FROM Sections s JOIN Issues i ON i.Id = s.IssueId;

INSERT INTO SearchIndex (rowid, Heading, Body, Headline)
SELECT d.DocId, s.Heading, s.PlainText, i.Headline
FROM SearchDocuments d JOIN Sections s ON s.Id = d.SectionId JOIN Issues i ON i.Id = s.IssueId
WHERE NOT EXISTS (SELECT 1 FROM SearchIndex)
ORDER BY d.DocId;

-- The index's terms (stemmed, folded) with the number of sections each is in: spelling suggestions.
CREATE VIRTUAL TABLE IF NOT EXISTS SearchVocabulary USING fts5vocab(SearchIndex, 'row');
