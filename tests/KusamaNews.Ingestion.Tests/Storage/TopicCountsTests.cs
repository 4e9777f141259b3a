using KusamaNews.Ingestion.Domain;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>
/// Topic counts are recounted only for the years whose issues changed; whatever the run changed
/// (issues added, rewritten, moved to another month, removed), they equal a count of every tag.
/// </summary>
public sealed class TopicCountsTests
{
    private const string Topics = """
        - slug: treasury
          name: Treasury
          description: Spending.
          terms: [treasury]
        - slug: staking
          name: Staking
          description: Validators.
          terms: [staking, validator]
        """;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void IncrementalCountsEqualAFullCountAfterEveryRun(int seed)
    {
        using var archive = new TempArchive();
        archive.Write("topics.yml", Topics);
        var random = new Random(seed);
        var clock = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        string[] names = [.. Enumerable.Range(0, 12).Select(i => $"file-{i:D2}.md")];

        for (var step = 0; step < 30; step++)
        {
            // A few changes a run: a file written (for a month in one of four years) or removed.
            for (var change = random.Next(1, 4); change > 0; change--)
            {
                var name = names[random.Next(names.Length)];
                if (random.Next(4) == 0)
                {
                    if (File.Exists(Path.Combine(archive.ContentPath, name)))
                        archive.Delete(name);
                    continue;
                }
                var month = new IssueMonth(2020 + random.Next(4), 1 + random.Next(12));
                var body = string.Join(' ', Enumerable.Range(0, random.Next(5)).Select(_ => random.Next(3) switch
                {
                    0 => "treasury",
                    1 => "validator staking",
                    _ => "news",
                }));
                archive.Write(name, TempArchive.Issue(month.Year, month.MonthName, $"Step {step}", body + " ."));
                clock = clock.AddMinutes(1); // a new time each write: the scanner trusts size and time
                File.SetLastWriteTimeUtc(Path.Combine(archive.ContentPath, name), clock);
            }

            archive.Ingest();

            Assert.Equal(archive.Query<(string, long, long, long)>("""
                SELECT TopicSlug, MonthKey / 100, COUNT(*), COUNT(DISTINCT MonthKey) FROM SectionTopics
                GROUP BY TopicSlug, MonthKey / 100 ORDER BY 1, 2
                """), archive.Query<(string, long, long, long)>("SELECT TopicSlug, Year, Sections, Issues FROM TopicYears ORDER BY 1, 2"));
            Assert.Equal(archive.Query<(string, long, long)>("""
                SELECT t.Slug, (SELECT COUNT(*) FROM SectionTopics WHERE TopicSlug = t.Slug),
                       (SELECT COUNT(DISTINCT MonthKey) FROM SectionTopics WHERE TopicSlug = t.Slug)
                FROM Topics t ORDER BY 1
                """), archive.Query<(string, long, long)>("SELECT Slug, SectionCount, IssueCount FROM Topics ORDER BY 1"));
        }
        Assert.NotEmpty(archive.Query<long>("SELECT 1 FROM SectionTopics"));
    }

    [Fact]
    public void ARunThatChangesMoreYearsThanAreRecountedOneByOneCountsEveryYearAlike()
    {
        using var archive = new TempArchive();
        archive.Write("topics.yml", Topics);
        archive.Write("first.md", TempArchive.Issue(2019, "May", "First", "treasury news ."));
        archive.Ingest();

        // 40 years changed: more than are recounted a year at a time; years with one tag, with
        // several in one issue, and with several issues (July), of each topic or both.
        for (var i = 0; i < 40; i++)
        {
            var body = (i % 3) switch { 0 => "treasury treasury validator", 1 => "staking staking news", _ => "treasury news" };
            archive.Write($"{1980 + i}-01.md", TempArchive.Issue(1980 + i, "January", $"January {1980 + i}", body + " ."));
            if (i % 2 == 0)
                archive.Write($"{1980 + i}-07.md", TempArchive.Issue(1980 + i, "July", $"July {1980 + i}", "treasury treasury staking validator ."));
        }
        archive.Ingest();

        var counts = archive.Query<(string, long, long, long)>("SELECT TopicSlug, Year, Sections, Issues FROM TopicYears ORDER BY 1, 2");
        Assert.Equal(archive.Query<(string, long, long, long)>("""
            SELECT TopicSlug, MonthKey / 100, COUNT(*), COUNT(DISTINCT MonthKey) FROM SectionTopics
            GROUP BY TopicSlug, MonthKey / 100 ORDER BY 1, 2
            """), counts);
        Assert.Contains(counts, row => row.Item4 == 2);
        Assert.True(counts.Count > 40);
    }
}
