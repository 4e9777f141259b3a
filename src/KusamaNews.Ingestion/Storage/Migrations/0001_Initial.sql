-- One row per issue file that parsed; the file's facts decide whether it must be read again.
CREATE TABLE Issues (
    Id INTEGER PRIMARY KEY,
    Year INTEGER NOT NULL,
    Month INTEGER NOT NULL,
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

CREATE TABLE Sections (
    Id INTEGER PRIMARY KEY,
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

-- A single row: what the last ingestion left behind.
CREATE TABLE ArchiveState (
    Id INTEGER PRIMARY KEY CHECK (Id = 1),
    Version INTEGER NOT NULL,           -- bumped by every ingestion that changed the archive
    ParserVersion INTEGER NOT NULL,     -- IssueParser.Version that produced the stored rows
    LastIngestedUtc TEXT                -- ISO-8601
);

INSERT INTO ArchiveState (Id, Version, ParserVersion, LastIngestedUtc) VALUES (1, 0, 0, NULL);
