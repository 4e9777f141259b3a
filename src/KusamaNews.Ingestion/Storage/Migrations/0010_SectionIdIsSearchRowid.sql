-- A section's id becomes its rowid in SearchIndex, (Year * 100 + Month) * 1e9 + Ordinal, given by
-- ingestion (SectionId.Of) rather than counted by SQLite. SearchDocuments, which mapped the one to
-- the other, goes: with it, three B-tree writes and two lookups per stored section, a fifth of the
-- row writes of a full ingestion, and one join from every search. An issue's month is therefore
-- fixed for its life, which ingestion already keeps: an issue that moves is stored again.

DROP TRIGGER SearchSectionInserted;
DROP TRIGGER SearchSectionDeleted;
DROP TRIGGER SearchSectionUpdated;
DROP TRIGGER SearchIssueUpdated;
DROP TRIGGER SearchIndexFlushed;

CREATE TABLE NewSections (
    Id INTEGER PRIMARY KEY,             -- SectionId.Of(month, Ordinal): the section's SearchIndex rowid too
    IssueId INTEGER NOT NULL REFERENCES Issues (Id) ON DELETE CASCADE,
    Ordinal INTEGER NOT NULL,
    Heading TEXT NOT NULL,
    Slug TEXT NOT NULL,
    Markdown TEXT NOT NULL,
    Html TEXT NOT NULL,
    PlainText TEXT NOT NULL,
    WordCount INTEGER NOT NULL,
    UNIQUE (IssueId, Ordinal),
    UNIQUE (IssueId, Slug)
);

INSERT INTO NewSections (Id, IssueId, Ordinal, Heading, Slug, Markdown, Html, PlainText, WordCount)
SELECT (i.Year * 100 + i.Month) * 1000000000 + s.Ordinal, s.IssueId, s.Ordinal, s.Heading, s.Slug, s.Markdown, s.Html, s.PlainText, s.WordCount
FROM Sections s JOIN Issues i ON i.Id = s.IssueId
ORDER BY 1;

-- The tags, with their sections' new ids, wait in a temporary table: SectionTopics is made again
-- once the new Sections holds those ids, as its foreign key checks every row against it.
CREATE TEMP TABLE MovedSectionTopics AS
SELECT (i.Year * 100 + i.Month) * 1000000000 + s.Ordinal AS SectionId, st.TopicSlug, st.IsPrimary, st.Rank, st.MonthKey
FROM SectionTopics st JOIN Sections s ON s.Id = st.SectionId JOIN Issues i ON i.Id = s.IssueId;

DROP TABLE SectionTopics;
DROP TABLE Sections;
DROP TABLE SearchDocuments;
ALTER TABLE NewSections RENAME TO Sections;

CREATE TABLE SectionTopics (
    SectionId INTEGER NOT NULL REFERENCES Sections (Id) ON DELETE CASCADE,
    TopicSlug TEXT NOT NULL REFERENCES Topics (Slug) ON DELETE CASCADE,
    IsPrimary INTEGER NOT NULL,         -- 1: a term is in the section's heading; 0: twice in its body, or a front matter tag
    Rank INTEGER NOT NULL,              -- the section's tags in order; a primary tag at rank 0 is the section's beat
    MonthKey INTEGER NOT NULL DEFAULT 0, -- the issue's Year * 12 + Month - 1, so a topic reads in time order from an index
    PRIMARY KEY (SectionId, TopicSlug)
) WITHOUT ROWID;

INSERT INTO SectionTopics (SectionId, TopicSlug, IsPrimary, Rank, MonthKey)
SELECT SectionId, TopicSlug, IsPrimary, Rank, MonthKey FROM temp.MovedSectionTopics ORDER BY SectionId, TopicSlug;
DROP TABLE temp.MovedSectionTopics;

CREATE INDEX SectionTopicsTimeline ON SectionTopics (TopicSlug, MonthKey DESC, IsPrimary DESC, SectionId);
CREATE INDEX SectionTopicsByBeat ON SectionTopics (TopicSlug, IsPrimary, MonthKey);

ALTER TABLE SearchPending RENAME COLUMN DocId TO SectionId;

-- Sections whose row in SearchIndex is out of date; the flush below indexes them (see 0005 for why
-- triggers only note the change).
CREATE TRIGGER SearchSectionInserted AFTER INSERT ON Sections BEGIN
    INSERT OR IGNORE INTO SearchPending (SectionId) VALUES (new.Id);
END;

CREATE TRIGGER SearchSectionDeleted AFTER DELETE ON Sections BEGIN
    INSERT OR IGNORE INTO SearchPending (SectionId) VALUES (old.Id);
END;

CREATE TRIGGER SearchSectionUpdated AFTER UPDATE OF Id, Heading, PlainText ON Sections BEGIN
    INSERT OR IGNORE INTO SearchPending (SectionId) VALUES (old.Id), (new.Id);
END;

CREATE TRIGGER SearchIssueUpdated AFTER UPDATE OF Headline ON Issues BEGIN
    INSERT OR IGNORE INTO SearchPending (SectionId) SELECT Id FROM Sections WHERE IssueId = new.Id;
END;

CREATE TRIGGER IssueMonthFixed BEFORE UPDATE OF Year, Month ON Issues
WHEN new.Year <> old.Year OR new.Month <> old.Month
BEGIN
    SELECT RAISE(ABORT, 'an issue''s month is part of its sections'' ids: store the issue again instead of moving it');
END;

CREATE TRIGGER SearchIndexFlushed AFTER UPDATE ON ArchiveState WHEN EXISTS (SELECT 1 FROM SearchPending) BEGIN
    DELETE FROM SearchIndex WHERE rowid IN (SELECT SectionId FROM SearchPending);
    INSERT INTO SearchIndex (rowid, Heading, Body, Headline)
    SELECT s.Id, s.Heading, s.PlainText, i.Headline
    FROM SearchPending p
    JOIN Sections s ON s.Id = p.SectionId
    JOIN Issues i ON i.Id = s.IssueId
    ORDER BY p.SectionId;
    DELETE FROM SearchPending;
END;
