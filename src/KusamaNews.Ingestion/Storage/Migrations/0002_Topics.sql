-- The taxonomy from content/topics.yml, and the topics each section is tagged with.
CREATE TABLE Topics (
    Slug TEXT PRIMARY KEY,
    Name TEXT NOT NULL,
    Description TEXT NOT NULL,
    Ordinal INTEGER NOT NULL            -- position in topics.yml
) WITHOUT ROWID;

CREATE TABLE SectionTopics (
    SectionId INTEGER NOT NULL REFERENCES Sections (Id) ON DELETE CASCADE,
    TopicSlug TEXT NOT NULL REFERENCES Topics (Slug) ON DELETE CASCADE,
    IsPrimary INTEGER NOT NULL,         -- 1: a term is in the section's heading; 0: in its body often enough, or a front matter tag
    Rank INTEGER NOT NULL,              -- the section's tags in order; rank 0 of a primary tag is the section's beat
    PRIMARY KEY (SectionId, TopicSlug)
) WITHOUT ROWID;

CREATE INDEX SectionTopicsByTopic ON SectionTopics (TopicSlug, IsPrimary, SectionId);

-- SHA-256 of the topics.yml in force: when it changes, every section is tagged again.
ALTER TABLE ArchiveState ADD COLUMN TaxonomyHash TEXT;
