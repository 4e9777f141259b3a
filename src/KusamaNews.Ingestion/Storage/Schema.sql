-- The archive's schema, whole. The file is a cache of content/: a file of another schema version
-- is not upgraded but set aside and built again (Schema.cs). Change this script, raise
-- Schema.Version. docs/PERFORMANCE.md holds the measurements the figures below come from.

-- Tables ------------------------------------------------------------------------------------------

-- One row per issue file that parsed; the file's facts decide whether it must be read again.
CREATE TABLE Issues (
    Id INTEGER PRIMARY KEY,
    Year INTEGER NOT NULL,
    Month INTEGER NOT NULL,             -- fixed for the issue's life: its sections' ids are made of it (IssueMonthFixed)
    MonthKey INTEGER GENERATED ALWAYS AS (Year * 100 + Month) VIRTUAL,  -- IssueMonth.MonthKey (202406); computed when read, not stored
    Headline TEXT NOT NULL,
    WordCount INTEGER NOT NULL,
    FrontMatterTags TEXT NOT NULL,      -- space-separated tag slugs from the file's front matter
    SourceFile TEXT NOT NULL UNIQUE,    -- name within the content folder
    SourceLength INTEGER NOT NULL,
    SourceModifiedTicks INTEGER NOT NULL,
    ContentHash TEXT NOT NULL,          -- SHA-256 of the file's bytes
    MonthLine INTEGER NOT NULL,         -- line that states the month, for conflict reports
    UNIQUE (Year, Month)
);

-- A section's id is its rowid in SearchIndex too: (Year * 100 + Month) * 1e9 + Ordinal (the month as
-- IssueMonth.MonthKey, which reads as its date), given by ingestion (SectionId.Of), not
-- counted by SQLite. Id order is issue order, and no table maps the
-- one id to the other: such a table (SearchDocuments) cost three B-tree writes and two lookups per
-- stored section, a fifth of the row writes of a full ingestion, and one join in every search.
-- Each section keeps its Markdown source beside its HTML and its text: the store is the archive's
-- record of each section, source included, as the foundation issue asks. (Dropped once for speed,
-- it was a third of what a full ingestion wrote; kept, it costs about 0.1 s and 52 MB of file at
-- 12,000 issues.)
CREATE TABLE Sections (
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

-- The taxonomy from content/topics.yml.
CREATE TABLE Topics (
    Slug TEXT PRIMARY KEY,
    Name TEXT NOT NULL,
    Description TEXT NOT NULL,
    Ordinal INTEGER NOT NULL,           -- position in topics.yml
    Parent TEXT,                        -- the beat a finer tag belongs to
    Terms TEXT NOT NULL DEFAULT '',     -- one term a line; kept so that a broken topics.yml leaves this taxonomy in force
    SectionCount INTEGER NOT NULL DEFAULT 0,  -- counted once per ingestion, not per request
    IssueCount INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- The topics each section is tagged with, stored once, in the order the topic pages, feeds and the
-- beat's nearest sections read them: by topic, newest month first, primary tags first within a
-- month. A page of a timeline is twenty entries of this B-tree, not a sort. A section's tags are
-- read from it too: the issue's month leads to them, a topic's tags of one month being a few
-- entries (TopicTag.Sql); and the nearest sections on a beat skip the topic's other tags (a tenth
-- to a half of a topic's tags are primary) rather than read an index of their own.
-- No other index, so no foreign key to Sections either (enforcing one needs an index that starts
-- with SectionId): each would be another B-tree written per tag, and writing 213,000 tags of
-- 12,000 issues took 385 ms into three B-trees, 240 ms into this one. Ingestion removes an issue's
-- tags itself, by its month, before the issue (ArchiveWriter; TopicIngestionTests checks that none
-- is left behind).
CREATE TABLE SectionTopics (
    TopicSlug TEXT NOT NULL REFERENCES Topics (Slug) ON DELETE CASCADE,
    MonthKey INTEGER NOT NULL,          -- the issue's Issues.MonthKey
    IsPrimary INTEGER NOT NULL,         -- 1: a term is in the section's heading; 0: twice in its body, or a front matter tag
    SectionId INTEGER NOT NULL,         -- a section of the issue of MonthKey (SectionId.Of)
    Rank INTEGER NOT NULL,              -- the section's tags in order; a primary tag at rank 0 is the section's beat
    PRIMARY KEY (TopicSlug, MonthKey DESC, IsPrimary DESC, SectionId)
) WITHOUT ROWID;

-- Each topic's sections and issues per year, counted at ingestion, for the topic page's bars. A
-- topic's totals are sums over its years, so an ingestion that changed one issue recounts one year,
-- not the whole archive (which took 100 ms at 12,000 issues).
CREATE TABLE TopicYears (
    TopicSlug TEXT NOT NULL REFERENCES Topics (Slug) ON DELETE CASCADE,
    Year INTEGER NOT NULL,
    Sections INTEGER NOT NULL,
    Issues INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (TopicSlug, Year)
) WITHOUT ROWID;

-- A single row: what the last ingestion left behind.
CREATE TABLE ArchiveState (
    Id INTEGER PRIMARY KEY CHECK (Id = 1),
    Version INTEGER NOT NULL,           -- bumped by every ingestion that changed the archive
    ParserVersion INTEGER NOT NULL,     -- IssueParser.Version that produced the stored rows
    LastIngestedUtc TEXT,               -- ISO-8601; moves on every run, changed or not
    TaxonomyHash TEXT,                  -- SHA-256 of the topics.yml in force: when it changes, every section is tagged again
    ChangedUtc TEXT                     -- the LastIngestedUtc of the run that last raised Version (ArchiveStateChanged): the site's Last-Modified
);

INSERT INTO ArchiveState (Id, Version, ParserVersion, LastIngestedUtc) VALUES (1, 0, 0, NULL);

-- Search index ------------------------------------------------------------------------------------

-- What SearchIndex indexes and highlight() and snippet() read: each section's heading, its text and
-- its issue's headline, by the section's id.
CREATE VIEW SearchContent AS
SELECT s.Id, s.Heading, s.PlainText AS Body, i.Headline
FROM Sections s JOIN Issues i ON i.Id = s.IssueId;

-- Full-text search over sections. Porter stemming over unicode61 without diacritics: "auctions"
-- finds "auction", "Kusamá" finds "Kusama"; punctuation separates tokens, so "XCM-v3" is the tokens
-- "xcm" "v3" (queries quote every term, which makes it the phrase "xcm v3").
-- Its rowid is the section's id, so rowid order is issue order: search reads the month from the
-- rowid, filters years by rowid range, finds newest first without sorting, and meets an issue's
-- sections one after another (see Search/).
-- It keeps no copy of the text (an "external content" table over SearchContent): the copy was 41 MB
-- of a 260 MB archive at 12,000 issues, written on the one thread every ingestion waits for. So a
-- row is removed by handing FTS5 the text it indexed (SearchIndexWriter).
-- No trigger writes it: ingestion does, a row at a time as it stores and removes sections, in the
-- same transaction (ArchiveWriter, SearchIndexWriter), so FTS5 indexes while the next issues are
-- parsed. FTS5 writes out the terms it has gathered as a segment at every statement savepoint, and
-- a statement that fires a trigger opens one (so do RETURNING and cascading deletes): index rows
-- written by triggers on Sections made a full ingestion three times slower, and indexing the changed
-- sections in one statement at the end of a run was a second of 5.4 that nothing could overlap.
-- Sections are written by ingestion only; the archive is a cache of content/, not a place to edit.
CREATE VIRTUAL TABLE SearchIndex USING fts5(
    Heading, Body, Headline,
    content = 'SearchContent', content_rowid = 'Id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- FTS5 gathers new terms in memory and writes them out as a segment each time they pass its hash
-- size, merging segments as they pile up. With its default of 1 MB a full ingestion of 12,000
-- issues wrote ~80 small segments and merged them; with 16 MB, a few, merged at the end of the run
-- (ArchiveWriter.MergeSearchIndex: 0.25-0.4 s on the one writing thread). At 64 MB the whole build
-- fits, is written once as a single segment, and there is nothing to merge; the run's peak memory
-- measured the same (343-377 MB against 355-357 MB), as the hash holds the terms while the windows
-- they came from are already collected. A larger archive still writes a segment per 64 MB and
-- merges them at the end. The price, paid once: that single segment is written at level 0, where
-- every small ingestion adds its own, and FTS5 merges a level when it holds 16 segments, so the
-- 16th small run after a full build rewrites the whole index (603 ms instead of ~240 ms for one
-- changed file) and leaves 35 MB of free pages, which later writes reuse; from then on the big
-- segment is at level 1 and small ones merge among themselves. FTS5 keeps the setting with the
-- index (SearchIndex_config), so every ingestion has it.
INSERT INTO SearchIndex (SearchIndex, rank) VALUES ('hashsize', 67108864);

-- The index's terms (stemmed, folded) with the number of sections each is in: spelling suggestions.
CREATE VIRTUAL TABLE SearchVocabulary USING fts5vocab(SearchIndex, 'row');

-- Triggers -----------------------------------------------------------------------------------------
-- Neither fires on what ingestion writes while it indexes (see SearchIndex).

-- A section's id holds its issue's month (see Sections): an issue that moves is stored again.
CREATE TRIGGER IssueMonthFixed BEFORE UPDATE OF Year, Month ON Issues
WHEN new.Year <> old.Year OR new.Month <> old.Month
BEGIN
    SELECT RAISE(ABORT, 'an issue''s month is part of its sections'' ids: store the issue again instead of moving it');
END;

-- When the archive last changed: the time of the ingestion that last raised Version. A trigger
-- keeps it, so the writer only writes Version and LastIngestedUtc, once a run, at its end.
CREATE TRIGGER ArchiveStateChanged AFTER UPDATE OF Version ON ArchiveState
WHEN NEW.Version <> OLD.Version
BEGIN
    UPDATE ArchiveState SET ChangedUtc = NEW.LastIngestedUtc WHERE Id = NEW.Id;
END;
