using Dapper;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>
/// Migration 0010 on a store of version 9, whose sections were numbered by SQLite and mapped to
/// their search rowids by SearchDocuments: each section takes its search rowid as its id, and its
/// tags follow it, its text and its index row unchanged.
/// </summary>
public sealed class SectionIdUpgradeTests : IDisposable
{
    private readonly TempArchive archive = new();

    /// <summary>
    /// Takes a current store back to the layout before 0010, for tests that fake an older store
    /// from a current one: ids stay as they are, and SearchDocuments maps each to itself.
    /// </summary>
    internal const string BeforeSectionIds = BeforeIngestionWroteSearch + """
        DROP TRIGGER IssueMonthFixed;
        CREATE TABLE SearchDocuments (DocId INTEGER PRIMARY KEY, SectionId INTEGER NOT NULL UNIQUE);
        INSERT INTO SearchDocuments (DocId, SectionId) SELECT Id, Id FROM Sections;
        ALTER TABLE SearchPending RENAME COLUMN SectionId TO DocId;
        """;

    /// <summary>Takes a current store back to the layout before 0012: an index with its own copy of the text.</summary>
    internal const string BeforeSearchReadSections = """
        DROP TABLE SearchVocabulary;
        DROP TABLE SearchIndex;
        DROP VIEW SearchContent;
        CREATE VIRTUAL TABLE SearchIndex USING fts5(Heading, Body, Headline, tokenize = 'porter unicode61 remove_diacritics 2');
        INSERT INTO SearchIndex (SearchIndex, rank) VALUES ('hashsize', 16777216);
        INSERT INTO SearchIndex (rowid, Heading, Body, Headline)
        SELECT s.Id, s.Heading, s.PlainText, i.Headline FROM Sections s JOIN Issues i ON i.Id = s.IssueId;
        CREATE VIRTUAL TABLE SearchVocabulary USING fts5vocab(SearchIndex, 'row');
        """;

    /// <summary>
    /// Takes a current store back to the layout before 0011: SearchPending, empty as a store at
    /// rest left it, and the five triggers 0011 drops. Their bodies do not matter, as nothing
    /// writes before the upgrade, and 0010 makes them anew in a store older still.
    /// </summary>
    internal const string BeforeIngestionWroteSearch = BeforeSearchReadSections + """
        CREATE TABLE SearchPending (SectionId INTEGER PRIMARY KEY);
        CREATE TRIGGER SearchSectionInserted AFTER INSERT ON Sections BEGIN SELECT 1; END;
        CREATE TRIGGER SearchSectionDeleted AFTER DELETE ON Sections BEGIN SELECT 1; END;
        CREATE TRIGGER SearchSectionUpdated AFTER UPDATE ON Sections BEGIN SELECT 1; END;
        CREATE TRIGGER SearchIssueUpdated AFTER UPDATE OF Headline ON Issues BEGIN SELECT 1; END;
        CREATE TRIGGER SearchIndexFlushed AFTER UPDATE ON ArchiveState BEGIN SELECT 1; END;
        """;

    private void CreateVersion9()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(archive.Database.FilePath)!);
        using var connection = archive.Database.OpenWriter();
        Migrations.Apply(connection, 9);
    }

    [Fact]
    public void SectionsTakeTheirSearchRowidAsIdAndKeepTheirTagsAndIndexRows()
    {
        CreateVersion9();
        using (var connection = archive.Database.OpenWriter())
        {
            // As version 9's ingestion wrote them: counted ids, the second issue's sections first.
            connection.Execute("""
                INSERT INTO Topics (Slug, Name, Description, Ordinal, Terms) VALUES ('treasury', 'Treasury', '', 0, 'treasury');
                INSERT INTO Issues (Id, Year, Month, Headline, WordCount, FrontMatterTags, SourceFile, SourceLength, SourceModifiedTicks, ContentHash, MonthLine)
                VALUES (1, 2024, 6, 'June headline', 10, '', '2024-06.md', 1, 1, 'a', 1),
                       (2, 2019, 11, 'November headline', 10, '', '2019-11.md', 1, 1, 'b', 1);
                INSERT INTO Sections (Id, IssueId, Ordinal, Heading, Slug, Markdown, Html, PlainText, WordCount)
                VALUES (1, 1, 1, 'Lead', 'lead', 'Quokka **treasury**.', '<p>Quokka</p>', 'Quokka treasury.', 2),
                       (2, 1, 2, 'Second', 'second', 'Wombat.', '<p>Wombat</p>', 'Wombat.', 1),
                       (3, 2, 1, 'Lead', 'lead', 'Narwhal.', '<p>Narwhal</p>', 'Narwhal.', 1);
                INSERT INTO SectionTopics (SectionId, TopicSlug, IsPrimary, Rank, MonthKey) VALUES (1, 'treasury', 0, 0, 2024 * 12 + 5);
                UPDATE ArchiveState SET Version = 1, ParserVersion = 2;
                """);
            Assert.Equal([(202406_000000001L, 1L), (202406_000000002L, 2L), (201911_000000001L, 3L)],
                connection.Query<(long, long)>("SELECT DocId, SectionId FROM SearchDocuments ORDER BY SectionId"));
        }

        archive.Database.EnsureCreated();

        Assert.Equal(Migrations.Latest, archive.Query<long>("PRAGMA user_version").Single());
        Assert.Equal([(201911_000000001L, 2L, "Narwhal."), (202406_000000001L, 1L, "Quokka treasury."), (202406_000000002L, 1L, "Wombat.")],
            archive.Query<(long, long, string)>("SELECT Id, IssueId, PlainText FROM Sections ORDER BY Id"));
        Assert.Equal([202406_000000001L], archive.Query<long>("SELECT SectionId FROM SectionTopics WHERE TopicSlug = 'treasury'"));
        Assert.Equal([202406_000000002L], archive.Query<long>("SELECT rowid FROM SearchIndex WHERE SearchIndex MATCH 'wombat'"));
        Assert.Empty(archive.Query<string>("SELECT name FROM sqlite_master WHERE name = 'SearchDocuments'"));
        Assert.Empty( // the beat index went in 0014, the timeline index in 0015: the table is stored in its order
            archive.Query<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'SectionTopics' AND sql IS NOT NULL ORDER BY name"));
    }

    [Fact]
    public void TheUpgradedStoreIngestsAndDeletesAsANewOneDoes()
    {
        archive.Write("2020-01.md", TempArchive.Issue(2020, "January", "First", "Quokka treasury."));
        CreateVersion9();
        archive.Import();
        archive.Database.EnsureCreated();

        archive.Write("2020-01.md", TempArchive.Issue(2020, "January", "First again", "Wombat treasury."));
        archive.Import();

        Assert.Equal([202001_000000001L, 202001_000000002L], archive.Query<long>("SELECT Id FROM Sections ORDER BY Id"));
        Assert.Empty(archive.Query<long>("SELECT rowid FROM SearchIndex WHERE SearchIndex MATCH 'quokka'"));
        Assert.Equal([202001_000000001L], archive.Query<long>("SELECT rowid FROM SearchIndex WHERE SearchIndex MATCH 'wombat'"));
    }

    public void Dispose() => archive.Dispose();
}
