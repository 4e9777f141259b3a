using Dapper;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>
/// A store an older build made is not upgraded: refused, set aside as the site does, and built again
/// from content/, it ends as this build's schema with the whole archive (each section with its
/// search rowid as id, its Markdown, its tags and index row; each topic-year with its issues), and
/// the old file is kept aside as it was.
/// </summary>
public sealed class OlderStoreTests : IDisposable
{
    private readonly TempArchive archive = new();

    /// <summary>Version 9 as that build laid it out, in part: sections numbered by SQLite, mapped to their search rowids.</summary>
    private const string Version9 = """
        CREATE TABLE Issues (Id INTEGER PRIMARY KEY, Year INTEGER NOT NULL, Month INTEGER NOT NULL, Headline TEXT NOT NULL);
        CREATE TABLE Sections (Id INTEGER PRIMARY KEY, IssueId INTEGER NOT NULL REFERENCES Issues (Id), Ordinal INTEGER NOT NULL, Heading TEXT NOT NULL, PlainText TEXT NOT NULL);
        CREATE TABLE SearchDocuments (DocId INTEGER PRIMARY KEY, SectionId INTEGER NOT NULL UNIQUE);
        INSERT INTO Issues VALUES (1, 2024, 6, 'June headline');
        INSERT INTO Sections VALUES (1, 1, 1, 'Lead', 'Quokka treasury.');
        INSERT INTO SearchDocuments VALUES (202406000000001, 1);
        PRAGMA user_version = 9;
        """;

    private void MakeOlderStore(int version)
    {
        if (version == 9)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(archive.Database.FilePath)!);
            using var connection = archive.Database.OpenWriter();
            connection.Execute(Version9);
            return;
        }
        // Version 15, the last of the numbered migrations, made the same tables this build does.
        archive.Ingest();
        using (var connection = archive.Database.OpenWriter())
            connection.Execute($"PRAGMA user_version = {version}");
    }

    [Theory]
    [InlineData(9)]
    [InlineData(15)]
    public void AnOlderStoreIsSetAsideAndTheArchiveBuiltAgainFromContent(int version)
    {
        archive.Write("topics.yml", TempArchive.RealTopics);
        archive.CopySeed("2019-11.md");
        archive.CopySeed("2024-06.md");
        MakeOlderStore(version);
        var held = Held(archive.Database);

        (string Path, Exception Reason)? setAside = null;
        archive.Database.EnsureCreatedOrSetAside(DateTimeOffset.UnixEpoch, (path, reason) => setAside = (path, reason));
        var report = archive.Ingest();

        var (aside, refused) = Assert.NotNull(setAside);
        Assert.Equal(version, Assert.IsType<StoreVersionException>(refused).Version);
        Assert.Equal(held, Held(new ArchiveDatabase(aside)));
        Assert.Equal(Schema.Version, archive.Query<long>("PRAGMA user_version").Single());
        Assert.Equal(2, report.Ingested);
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        Assert.Empty(archive.Query<long>("SELECT s.Id FROM Sections s JOIN Issues i ON i.Id = s.IssueId WHERE s.Id <> (i.Year * 100 + i.Month) * 1000000000 + s.Ordinal"));
        Assert.Equal([201911_000000006L], archive.Query<long>("SELECT rowid FROM SearchIndex WHERE SearchIndex MATCH 'acala'"));
        Assert.Empty(archive.Query<long>("SELECT SectionId FROM SectionTopics WHERE SectionId NOT IN (SELECT Id FROM Sections)"));
        Assert.NotEmpty(archive.Query<long>("SELECT SectionId FROM SectionTopics"));
        Assert.Contains(archive.Query<long>("SELECT Issues FROM TopicYears"), issues => issues == 1);
        var markdown = archive.Query<string>("SELECT Markdown FROM Sections WHERE Heading LIKE 'Tech Innovations%'").Single();
        Assert.StartsWith("Kusama\u2019s technological innovations", markdown, StringComparison.Ordinal);
        Assert.Empty(archive.Query<string>("SELECT name FROM sqlite_schema WHERE name = 'SearchDocuments'"));
    }

    /// <summary>What a file holds: its schema version, tables and sections.</summary>
    private static string Held(ArchiveDatabase file)
    {
        using var connection = file.OpenReader();
        var tables = connection.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
        var sections = connection.Query<string>("SELECT Id || ' ' || Heading FROM Sections ORDER BY Id");
        return $"version {connection.ExecuteScalar<long>("PRAGMA user_version")}: {string.Join(", ", tables)}; {string.Join(", ", sections)}";
    }

    public void Dispose() => archive.Dispose();
}
