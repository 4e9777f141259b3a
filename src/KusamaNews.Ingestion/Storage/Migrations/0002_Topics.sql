-- The taxonomy from content/topics.yml, and the topics each section is tagged with.
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

CREATE TABLE SectionTopics (
    SectionId INTEGER NOT NULL REFERENCES Sections (Id) ON DELETE CASCADE,
    TopicSlug TEXT NOT NULL REFERENCES Topics (Slug) ON DELETE CASCADE,
    IsPrimary INTEGER NOT NULL,         -- 1: a term is in the section's heading; 0: twice in its body, or a front matter tag
    Rank INTEGER NOT NULL,              -- the section's tags in order; a primary tag at rank 0 is the section's beat
    MonthKey INTEGER NOT NULL DEFAULT 0, -- the issue's Year * 12 + Month - 1, so a topic reads in time order from an index
    PRIMARY KEY (SectionId, TopicSlug)
) WITHOUT ROWID;

-- A topic's timeline in page order (newest month, primary tags, then section order), so a page
-- of it reads twenty index entries instead of sorting the topic; and the same beat in the
-- previous or next issue.
CREATE INDEX SectionTopicsTimeline ON SectionTopics (TopicSlug, MonthKey DESC, IsPrimary DESC, SectionId);
CREATE INDEX SectionTopicsByBeat ON SectionTopics (TopicSlug, IsPrimary, MonthKey);

-- Each topic's sections per year, counted at ingestion for the topic page's bars.
CREATE TABLE TopicYears (
    TopicSlug TEXT NOT NULL REFERENCES Topics (Slug) ON DELETE CASCADE,
    Year INTEGER NOT NULL,
    Sections INTEGER NOT NULL,
    PRIMARY KEY (TopicSlug, Year)
) WITHOUT ROWID;

-- SHA-256 of the topics.yml in force: when it changes, every section is tagged again.
ALTER TABLE ArchiveState ADD COLUMN TaxonomyHash TEXT;
