-- A tag is stored once, in the order the topic pages, feeds and the beat's nearest sections read
-- it: newest month first, primary tags first within a month. Until now each tag went into two
-- B-trees, the table by (SectionId, TopicSlug) and the timeline index. A section's tags are read
-- from the timeline too: the issue's month leads to them (a topic's tags of one month are a few
-- entries), so the section and issue pages look them up by topic and month (TopicTag.Sql).
--
-- There is no foreign key to Sections: enforcing one needs an index that starts with SectionId,
-- the second B-tree this removes. Ingestion removes an issue's tags itself, by its month, before
-- the issue (ArchiveWriter.RemoveIssues); TopicIngestionTests checks none is left behind.
--
-- Writing 213,000 tags of 12,000 issues in isolation: 385 -> 240 ms (docs/PERFORMANCE.md).
CREATE TABLE NewSectionTopics (
    TopicSlug TEXT NOT NULL REFERENCES Topics (Slug) ON DELETE CASCADE,
    MonthKey INTEGER NOT NULL,          -- the issue's Year * 12 + Month - 1
    IsPrimary INTEGER NOT NULL,         -- 1: a term is in the section's heading; 0: twice in its body, or a front matter tag
    SectionId INTEGER NOT NULL,         -- a section of the issue of MonthKey (SectionId.Of)
    Rank INTEGER NOT NULL,              -- the section's tags in order; a primary tag at rank 0 is the section's beat
    PRIMARY KEY (TopicSlug, MonthKey DESC, IsPrimary DESC, SectionId)
) WITHOUT ROWID;

INSERT INTO NewSectionTopics (TopicSlug, MonthKey, IsPrimary, SectionId, Rank)
SELECT TopicSlug, MonthKey, IsPrimary, SectionId, Rank FROM SectionTopics
ORDER BY TopicSlug, MonthKey DESC, IsPrimary DESC, SectionId;

DROP TABLE SectionTopics;
ALTER TABLE NewSectionTopics RENAME TO SectionTopics;
