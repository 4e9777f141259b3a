using Dapper;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>
/// What Schema.sql makes, pinned by what ingestion and the site rely on rather than by its text:
/// its version, tags in one B-tree in timeline order, a search index that reads the sections by id
/// and keeps no text, and no trigger where ingestion writes (FTS5 writes a segment at each one).
/// </summary>
public sealed class SchemaTests : IDisposable
{
    private readonly TempArchive archive = new();

    public SchemaTests() => archive.Database.EnsureCreated();

    [Fact]
    public void ANewFileIsAtThisBuildsVersionWithNoArchiveYetAndIsUsedAsItIsFromThenOn()
    {
        var schemaCookie = archive.Query<long>("PRAGMA schema_version").Single();

        archive.Database.EnsureCreated();

        Assert.Equal(Schema.Version, archive.Query<long>("PRAGMA user_version").Single());
        Assert.Equal(schemaCookie, archive.Query<long>("PRAGMA schema_version").Single());
        Assert.Equal([(1L, 0L, (string?)null)], archive.Query<(long, long, string?)>("SELECT Id, Version, LastIngestedUtc FROM ArchiveState"));
    }

    [Fact]
    public void TagsAreOneBTreeInTimelineOrderWithNoIndexBesides()
    {
        var key = archive.Query<(string Name, bool Descending)>(
            "SELECT name, desc FROM pragma_index_xinfo((SELECT name FROM pragma_index_list('SectionTopics'))) WHERE key ORDER BY seqno");

        Assert.Equal([("TopicSlug", false), ("MonthKey", true), ("IsPrimary", true), ("SectionId", false)], key);
        Assert.Equal(1, archive.Query<long>("SELECT count(*) FROM pragma_index_list('SectionTopics')").Single());
        Assert.Equal(["Topics"], archive.Query<string>("SELECT \"table\" FROM pragma_foreign_key_list('SectionTopics')"));
    }

    [Fact]
    public void TheSearchIndexReadsASectionsTextByItsIdAndKeepsNoCopy()
    {
        var id = SectionId.Of(new IssueMonth(2024, 6), 1);
        using (var connection = archive.Database.OpenWriter())
        {
            connection.Execute("""
                INSERT INTO Issues (Id, Year, Month, Headline, WordCount, FrontMatterTags, SourceFile, SourceLength, SourceModifiedTicks, ContentHash, MonthLine)
                VALUES (1, 2024, 6, 'June headline', 2, '', '2024-06.md', 1, 1, 'a', 1);
                INSERT INTO Sections (Id, IssueId, Ordinal, Heading, Slug, Markdown, Html, PlainText, WordCount)
                VALUES (@id, 1, 1, 'Lead', 'lead', 'Quokka treasury.', '<p>Quokka treasury.</p>', 'Quokka treasury.', 2);
                INSERT INTO SearchIndex (rowid, Heading, Body, Headline) VALUES (@id, 'Lead', 'Quokka treasury.', 'June headline');
                """, new { id });
        }

        Assert.Equal([(id, "[Quokka] treasury.")],
            archive.Query<(long, string)>("SELECT rowid, highlight(SearchIndex, 1, '[', ']') FROM SearchIndex WHERE SearchIndex MATCH 'quokkas'"));
        Assert.Empty(archive.Query<string>("SELECT name FROM sqlite_schema WHERE name = 'SearchIndex_content'"));
    }

    [Fact]
    public void NoTriggerFiresOnARowIngestionInsertsOrDeletesAndNoneWritesTheSearchIndex()
    {
        var triggers = archive.Query<string>("SELECT sql FROM sqlite_schema WHERE type = 'trigger'");

        Assert.NotEmpty(triggers);
        Assert.All(triggers, sql => Assert.DoesNotMatch(@"\b(INSERT|DELETE)\s+ON\b|SearchIndex", sql));
    }

    public void Dispose() => archive.Dispose();
}
