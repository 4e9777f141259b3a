using Dapper;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>Migration 0006: a store made with the section Markdown column loses that column and nothing else.</summary>
public sealed class SectionMarkdownMigrationTests : IDisposable
{
    private readonly TempArchive archive = new();

    [Fact]
    public void AStoreOfVersion5KeepsEverySectionAndIssueAndServesAgain()
    {
        archive.CopySeed("2019-11.md");
        archive.CopySeed("2024-06.md");
        archive.Import();
        var before = Sections();
        using (var connection = archive.Database.OpenWriter())
        {
            connection.Execute("""
                ALTER TABLE Sections ADD COLUMN Markdown TEXT NOT NULL DEFAULT 'source';
                PRAGMA user_version = 5;
                """);
        }

        archive.Database.EnsureCreated();

        Assert.Equal(Migrations.Latest, archive.Query<long>("PRAGMA user_version").Single());
        Assert.DoesNotContain("Markdown", archive.Query<string>("SELECT name FROM pragma_table_info('Sections')"));
        Assert.Equal(before, Sections());
        var report = archive.Import();
        Assert.Equal(2, report.Unchanged);
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
    }

    private List<(long Id, string Heading, string Html, string PlainText)> Sections() =>
        archive.Query<(long, string, string, string)>("SELECT Id, Heading, Html, PlainText FROM Sections ORDER BY Id");

    public void Dispose() => archive.Dispose();
}
