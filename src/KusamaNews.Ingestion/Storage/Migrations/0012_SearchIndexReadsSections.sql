-- SearchIndex keeps no copy of the text it indexes: its content is Sections, with each issue's
-- headline, through the SearchContent view (an "external content" FTS5 table). highlight() and
-- snippet() read a row's text from the view by its id; ingestion, which alone writes the index
-- (0011), hands it the old text of a row it removes (SearchIndexWriter). The copy was 41 MB of a
-- 260 MB archive at 12,000 issues, written on the one thread that every ingestion waits for.
-- The index is built again from the sections, once.
DROP TABLE SearchVocabulary;
DROP TABLE SearchIndex;
CREATE VIEW SearchContent AS
SELECT s.Id, s.Heading, s.PlainText AS Body, i.Headline
FROM Sections s JOIN Issues i ON i.Id = s.IssueId;
CREATE VIRTUAL TABLE SearchIndex USING fts5(
    Heading, Body, Headline,
    content = 'SearchContent', content_rowid = 'Id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO SearchIndex (SearchIndex, rank) VALUES ('hashsize', 16777216);
INSERT INTO SearchIndex (SearchIndex) VALUES ('rebuild');
CREATE VIRTUAL TABLE SearchVocabulary USING fts5vocab(SearchIndex, 'row');
