-- How many issues of a year carry the topic, beside how many of its sections: a topic's totals are
-- then sums over its years, and an ingestion that changed one issue recounts one year, not the
-- whole archive (which took 100 ms at 12,000 issues).
ALTER TABLE TopicYears ADD COLUMN Issues INTEGER NOT NULL DEFAULT 0;

DELETE FROM TopicYears;
INSERT INTO TopicYears (TopicSlug, Year, Sections, Issues)
SELECT TopicSlug, MonthKey / 12, COUNT(*), COUNT(DISTINCT MonthKey) FROM SectionTopics GROUP BY TopicSlug, MonthKey / 12;
