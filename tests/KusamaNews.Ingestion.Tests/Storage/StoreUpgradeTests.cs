using Dapper;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>
/// Migrations 0006 to 0008 on a store of version 5 made by parser version 1: the section Markdown
/// column goes and comes back, nothing else changes, each topic-year gets its count of issues,
/// and the next ingestion re-reads every file, which fills each section's Markdown again.
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
            connection.Execute(SectionIdUpgradeTests.BeforeSectionIds);
            connection.Execute("""
                ALTER TABLE TopicYears DROP COLUMN Issues;
                UPDATE ArchiveState SET ParserVersion = 1;
                PRAGMA user_version = 5;
                """);
        }

        archive.Database.EnsureCreated();

        Assert.Equal(Migrations.Latest, archive.Query<long>("PRAGMA user_version").Single());
        Assert.Equal(before, Sections());
        Assert.Equal(topicYears, TopicYears());
        Assert.Contains(TopicYears(), row => row.Issues == 1);
        Assert.All(archive.Query<string>("SELECT Markdown FROM Sections"), markdown => Assert.Equal("", markdown));

        var report = archive.Import();

        Assert.Equal(2, report.Ingested);
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        Assert.Equal(before.Select(s => (s.Heading, s.Html, s.PlainText)), Sections().Select(s => (s.Heading, s.Html, s.PlainText)));
        var markdown = archive.Query<string>("SELECT Markdown FROM Sections WHERE Heading LIKE 'Tech Innovations%'").Single();
        Assert.StartsWith("Kusama\u2019s technological innovations", markdown, StringComparison.Ordinal);
    }

    private List<(long Id, string Heading, string Html, string PlainText)> Sections() =>
        archive.Query<(long, string, string, string)>("SELECT Id, Heading, Html, PlainText FROM Sections ORDER BY Id");

    private List<(string Slug, long Year, long Sections, long Issues)> TopicYears() =>
        archive.Query<(string, long, long, long)>("SELECT TopicSlug, Year, Sections, Issues FROM TopicYears ORDER BY 1, 2");

    public void Dispose() => archive.Dispose();
}
