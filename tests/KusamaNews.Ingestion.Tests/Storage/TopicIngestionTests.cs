using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Ingestion.Tests.Storage;

public sealed class TopicIngestionTests : IDisposable
{
    private readonly TempArchive archive = new();

    private List<string> Beats(string sourceFile) => archive.Query<string>("""
        SELECT st.TopicSlug FROM SectionTopics st
        JOIN Sections s ON s.Id = st.SectionId JOIN Issues i ON i.Id = s.IssueId
        WHERE i.SourceFile = @SourceFile AND st.IsPrimary = 1 AND st.Rank = 0
        ORDER BY s.Ordinal
        """, new { SourceFile = sourceFile });

    private List<string> TopicSlugs() => archive.Query<string>("SELECT Slug FROM Topics ORDER BY Ordinal");

    [Fact]
    public void IngestionStoresTheTaxonomyAndEachSectionsTags()
    {
        archive.Write("topics.yml", TempArchive.RealTopics);
        archive.CopySeed("2019-11.md");
        archive.CopySeed("2024-06.md");

        var report = archive.Ingest();

        Assert.True(report.Retagged);
        Assert.Equal(11, TopicSlugs().Count);
        Assert.Equal(["governance", "parachains", "technology", "market", "ecosystem", "outlook"], Beats("2024-06.md"));
        Assert.Equal(["governance", "parachains", "technology", "market", "ecosystem", "outlook"], Beats("2019-11.md"));
        var monthKeys = archive.Query<long>("SELECT DISTINCT MonthKey FROM SectionTopics ORDER BY MonthKey");
        Assert.Equal([201911, 202406], monthKeys);
    }

    [Fact]
    public void AnUnchangedTaxonomyTagsNothingAgain()
    {
        archive.Write("topics.yml", TempArchive.RealTopics);
        archive.CopySeed("2024-06.md");
        var first = archive.Ingest();

        var second = archive.Ingest();

        Assert.False(second.Retagged);
        Assert.Equal(first.ArchiveVersion, second.ArchiveVersion);
    }

    [Fact]
    public void AChangedTaxonomyRetagsEverySection()
    {
        archive.Write("topics.yml", TempArchive.RealTopics);
        archive.CopySeed("2024-06.md");
        var first = archive.Ingest();

        archive.Write("topics.yml", "- slug: outlook\n  name: Outlook\n  description: Ahead.\n  terms: [future, outlook]\n");
        var second = archive.Ingest();

        Assert.True(second.Retagged);
        Assert.Equal(first.ArchiveVersion + 1, second.ArchiveVersion);
        Assert.Equal(["outlook"], TopicSlugs());
        Assert.Equal(["outlook"], Beats("2024-06.md"));
    }

    [Fact]
    public void ARetagReachesEveryIssueBeyondTheFirstBatchAndLeavesTheNewOnesTaggedOnce()
    {
        var months = Enumerable.Range(0, TaxonomyWriter.RetagBatch + 3).Select(i => new IssueMonth(2000 + (i / 12), (i % 12) + 1)).ToList();
        foreach (var month in months)
            archive.Write(month.FileName, TempArchive.Issue(month.Year, month.MonthName, "Governance news", "The treasury and the treasury again."));
        archive.Ingest();
        archive.Write("topics.yml", "- slug: treasury\n  name: Treasury\n  description: Spending.\n  terms: [treasury]\n");
        var added = new IssueMonth(2030, 1);
        archive.Write(added.FileName, TempArchive.Issue(added.Year, added.MonthName, "Governance news", "The treasury and the treasury again."));

        var report = archive.Ingest();

        Assert.True(report.Retagged);
        // Every section of every issue, old and new, names the treasury twice in its lead: tagged exactly once each.
        var tagsPerIssue = archive.Query<long>("""
            SELECT COUNT(st.SectionId) FROM Issues i
            JOIN Sections s ON s.IssueId = i.Id AND s.Heading = 'Lead'
            LEFT JOIN SectionTopics st ON st.SectionId = s.Id AND st.TopicSlug = 'treasury'
            GROUP BY i.Id
            """);
        Assert.Equal(months.Count + 1, tagsPerIssue.Count);
        Assert.All(tagsPerIssue, count => Assert.Equal(1, count));
    }

    private const string SelectTagsSql = """
        SELECT SectionId, TopicSlug, IsPrimary, Rank, MonthKey FROM SectionTopics ORDER BY SectionId, TopicSlug
        """;

    [Fact]
    public void ReplacedRemovedAndMovedIssuesLeaveTheTagsAFreshIngestionWouldMake()
    {
        // Tags are stored by topic and month, with no foreign key to their section (Schema.sql):
        // ingestion removes them itself, and must remove exactly those of the issues it removes.
        archive.Write("topics.yml", TempArchive.RealTopics);
        archive.CopySeed("2019-11.md");
        archive.CopySeed("2024-06.md");
        archive.Write("2023-01.md", TempArchive.Issue(2023, "January", "Treasury news", "The treasury and the treasury again."));
        archive.Write("moving.md", TempArchive.Issue(2021, "March", "Governance news", "Governance and referenda, governance again."));
        archive.Ingest();
        Assert.NotEmpty(archive.Query<long>("SELECT SectionId FROM SectionTopics WHERE MonthKey = @Key", new { Key = new IssueMonth(2019, 11).MonthKey }));

        archive.Delete("2019-11.md");
        archive.Write("2023-01.md", TempArchive.Issue(2023, "January", "Staking news", "Validators and nominators, staking again."));
        archive.Write("moving.md", TempArchive.Issue(2021, "April", "Governance news", "Governance and referenda, governance again."));
        var report = archive.Ingest();

        Assert.Equal(1, report.Removed);
        using var fresh = new TempArchive();
        foreach (var file in Directory.GetFiles(archive.ContentPath))
            File.Copy(file, Path.Combine(fresh.ContentPath, Path.GetFileName(file)));
        fresh.Ingest();
        var tags = archive.Query<(long, string, long, long, long)>(SelectTagsSql);
        Assert.Equal(fresh.Query<(long, string, long, long, long)>(SelectTagsSql), tags);
        Assert.DoesNotContain(tags, tag => tag.Item5 == new IssueMonth(2019, 11).MonthKey || tag.Item5 == new IssueMonth(2021, 3).MonthKey);
        Assert.Contains(tags, tag => tag.Item5 == new IssueMonth(2021, 4).MonthKey);
    }

    [Fact]
    public void ABrokenTaxonomyIsReportedAndThePreviousOneStaysInForceEvenForNewIssues()
    {
        archive.Write("topics.yml", TempArchive.RealTopics);
        archive.CopySeed("2024-06.md");
        archive.Ingest();

        archive.Write("topics.yml", TempArchive.RealTopics.Replace("- slug: market", "- slug: governance", StringComparison.Ordinal));
        archive.CopySeed("2019-11.md");
        var report = archive.Ingest();

        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal("topics.yml", error.File);
        Assert.Contains("\"governance\" is used twice", error.Message, StringComparison.Ordinal);
        Assert.False(report.Retagged);
        Assert.Equal(11, TopicSlugs().Count);
        Assert.Equal(["governance", "parachains", "technology", "market", "ecosystem", "outlook"], Beats("2019-11.md"));
    }

    [Fact]
    public void RemovingTheTaxonomyRemovesTheTopics()
    {
        archive.Write("topics.yml", TempArchive.RealTopics);
        archive.CopySeed("2024-06.md");
        archive.Ingest();

        archive.Delete("topics.yml");
        var report = archive.Ingest();

        Assert.True(report.Retagged);
        Assert.Empty(TopicSlugs());
        Assert.Empty(archive.Query<long>("SELECT SectionId FROM SectionTopics"));
    }

    [Fact]
    public void FrontMatterTagsTagEverySectionAndUnknownOnesAreWarnedAbout()
    {
        archive.Write("topics.yml", TempArchive.RealTopics);
        archive.Write("2024-07.md", "---\ntags: [staking, moon-landing]\n---\n" + TempArchive.Issue(2024, "July", "Headline"));

        var report = archive.Ingest();

        Assert.Equal([1L, 1L], archive.Query<long>("SELECT COUNT(*) FROM SectionTopics WHERE TopicSlug = 'staking' GROUP BY SectionId"));
        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal(("2024-07.md", 2), (warning.File, warning.Line));
        Assert.Contains("\"moon-landing\" is not a topic", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReportsABrokenTaxonomyToo()
    {
        archive.Write("topics.yml", "- slug: \"\"\n  name: N\n  description: D\n  terms: [a]\n");

        var diagnostics = archive.Ingester.Check(archive.ContentPath);

        Assert.Equal(("topics.yml", 1), (diagnostics.Single().File, diagnostics.Single().Line));
    }

    public void Dispose() => archive.Dispose();
}
