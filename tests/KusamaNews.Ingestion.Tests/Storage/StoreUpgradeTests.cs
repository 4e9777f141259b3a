using Dapper;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>
/// Migrations 0006 and 0007 on a store of version 5: the section Markdown column goes and nothing
/// else, and each topic-year gets its count of issues.
/// </summary>
public sealed class StoreUpgradeTests : IDisposable
{
    private readonly TempArchive archive = new();

    [Fact]
    public void AStoreOfVersion5KeepsEverySectionAndIssueAndServesAgain()
    {
        archive.Write("topics.yml", TempArchive.RealTopics);
        archive.CopySeed("2019-11.md");
        archive.CopySeed("2024-06.md");
        archive.Import();
        var before = Sections();
        var topicYears = TopicYears();
        using (var connection = archive.Database.OpenWriter())
        {
            connection.Execute("""
                ALTER TABLE Sections ADD COLUMN Markdown TEXT NOT NULL DEFAULT 'source';
                ALTER TABLE TopicYears DROP COLUMN Issues;
                PRAGMA user_version = 5;
                """);
        }

        archive.Database.EnsureCreated();

        Assert.Equal(Migrations.Latest, archive.Query<long>("PRAGMA user_version").Single());
        Assert.DoesNotContain("Markdown", archive.Query<string>("SELECT name FROM pragma_table_info('Sections')"));
        Assert.Equal(before, Sections());
        Assert.Equal(topicYears, TopicYears());
        Assert.Contains(TopicYears(), row => row.Issues == 1);
        var report = archive.Import();
        Assert.Equal(2, report.Unchanged);
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
    }

    private List<(long Id, string Heading, string Html, string PlainText)> Sections() =>
        archive.Query<(long, string, string, string)>("SELECT Id, Heading, Html, PlainText FROM Sections ORDER BY Id");

    private List<(string Slug, long Year, long Sections, long Issues)> TopicYears() =>
        archive.Query<(string, long, long, long)>("SELECT TopicSlug, Year, Sections, Issues FROM TopicYears ORDER BY 1, 2");

    public void Dispose() => archive.Dispose();
}
