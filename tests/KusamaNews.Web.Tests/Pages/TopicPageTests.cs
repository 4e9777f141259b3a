using System.Globalization;

namespace KusamaNews.Web.Tests.Pages;

public sealed class TopicPageTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    [Fact]
    public async Task TheTopicsPageListsEveryTopicWithItsCountsMostFrequentFirst()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/topics");

        var cards = page.QuerySelectorAll(".topic-card");
        Assert.Equal(11, cards.Length);
        var governance = cards.Single(c => c.QuerySelector("h2").Text() == "Governance");
        Assert.Equal("/topics/governance", governance.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.StartsWith("OpenGov, referenda", governance.QuerySelector(".topic-card__description").Text(), StringComparison.Ordinal);
        Assert.Matches(@"^\d+ sections? in 2 issues", governance.QuerySelector(".meta").Text());
        var counts = cards.Select(c => int.Parse(c.QuerySelector(".meta").Text().Split(' ')[0], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public async Task ATopicListsItsSectionsNewestFirstByYearWithMainTopicsFirstInAMonth()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/topics/governance");

        Assert.Equal("Governance", page.QuerySelector("h1").Text());
        Assert.Equal(["2024", "2019"], page.QuerySelectorAll(".timeline-year > h2").Select(h => h.Text()));
        var items = page.QuerySelectorAll(".timeline__item");
        var june = items.Where(i => i.QuerySelector("time")!.GetAttribute("datetime") == "2024-06").ToList();
        Assert.Equal("/issues/2024/06/opengov-implementation-steers-kusama-forward", june[0].QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Contains("timeline__item--primary", june[0].ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain(june.Skip(1), i => i.ClassList.Contains("timeline__item--primary"));
        Assert.Contains(items, i => i.QuerySelector("h3 a")!.GetAttribute("href") == "/issues/2019/11/opengov-implementation-governance-takes-on-new-hue");
        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.QuerySelector(".timeline__excerpt").Text())));
    }

    [Fact]
    public async Task ATopicShowsItsSectionsPerYearAsBars()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/topics/parachains");

        var bars = page.QuerySelectorAll(".year-bars__list li");
        Assert.Equal(["2024", "2019"], bars.Select(b => b.QuerySelector(".year-bars__label").Text()));
        Assert.All(bars, b => Assert.NotNull(b.QuerySelector("svg rect")));
    }

    [Fact]
    public async Task AFinerTopicLinksItsBeat()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/topics/opengov");

        Assert.Equal(["/topics/governance"], page.Hrefs(".topic-family a"));
    }

    [Theory]
    [InlineData("/topics/unknown")]
    [InlineData("/topics/Governance")]
    [InlineData("/topics/gov%20ernance")]
    [InlineData("/topics/governance?page=2")]
    [InlineData("/topics/governance?page=0")]
    [InlineData("/topics/governance?page=x")]
    public async Task UnknownTopicsAndPagesAreNotFound(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        await NotFoundPage.AssertHelpfulAsync(response);
    }

    [Fact]
    public async Task IsPaginatedAtTwentyOnALargerArchive()
    {
        var files = Enumerable.Range(0, 45)
            .Select(i => new DateOnly(2000, 1, 1).AddMonths(i))
            .Select(d => ($"{d:yyyy-MM}.md", $"# Kusama News - {d.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}\n\n# Issue {d:yyyy-MM}\n\n## Lead\n\nText.\n\n## Governance Update\n\nThe council met.\n"))
            .Append(("topics.yml", File.ReadAllText(Path.Combine(TestContent.Folder, "topics.yml"))))
            .ToArray();
        using var archive = KusamaNewsFactory.WithContent(files);
        var client = archive.CreateClient();

        var first = await client.GetDocumentAsync("/topics/governance");
        var third = await client.GetDocumentAsync("/topics/governance?page=3");

        Assert.Equal(20, first.QuerySelectorAll(".timeline__item").Length);
        Assert.Equal("2003-09", first.QuerySelector(".timeline__item time")!.GetAttribute("datetime"));
        Assert.Equal(["/topics/governance?page=2"], first.Hrefs(".pager a[rel=next]"));
        Assert.Equal(5, third.QuerySelectorAll(".timeline__item").Length);
        Assert.Equal("2000-01", third.QuerySelectorAll(".timeline__item time")[^1].GetAttribute("datetime"));
        Assert.Equal("Page 3 of 3", third.QuerySelectorAll(".meta")[^1].Text());
    }

    [Fact]
    public async Task EachSectionShowsItsTagsAndTheIssueShowsTheirUnion()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/issues/2024/06");

        var governance = page.GetElementById("opengov-implementation-steers-kusama-forward")!;
        Assert.Equal("/topics/governance", governance.QuerySelector(".tags a.tag--primary")!.GetAttribute("href"));
        var issueTags = page.QuerySelector(".issue__header .tags").Hrefs();
        var sectionTags = page.QuerySelectorAll("section.section .tags").SelectMany(t => t.Hrefs()).Distinct().ToList();
        Assert.Equal(sectionTags.Order(), issueTags.Order());
        Assert.Contains("/topics/outlook", issueTags);
    }

    [Fact]
    public async Task ASectionLinksMoreOnItsTopicFromOtherMonthsAndItsBeatInTheNeighbouringIssues()
    {
        var client = factory.CreateClient();

        var june = await client.GetDocumentAsync("/issues/2024/06/opengov-implementation-steers-kusama-forward");
        var november = await client.GetDocumentAsync("/issues/2019/11/opengov-implementation-governance-takes-on-new-hue");

        Assert.Equal("/topics/governance", june.QuerySelector(".related h2 a")!.GetAttribute("href"));
        Assert.Equal(["/issues/2019/11/opengov-implementation-governance-takes-on-new-hue"], june.Hrefs(".related__list a"));
        var beat = june.QuerySelector("nav[aria-label='Governance across issues']")!;
        Assert.Equal(["/issues/2019/11/opengov-implementation-governance-takes-on-new-hue"], beat.Hrefs("a[rel=prev]"));
        Assert.Contains("Governance, previous issue", beat.Text(), StringComparison.Ordinal);
        Assert.Empty(beat.Hrefs("a[rel=next]"));
        Assert.Equal(["/issues/2024/06/opengov-implementation-steers-kusama-forward"], november.Hrefs("nav[aria-label='Governance across issues'] a[rel=next]"));
    }

    [Fact]
    public async Task RelatedSectionsAreFromOtherMonthsNearestFirst()
    {
        var files = Enumerable.Range(1, 9)
            .Select(m => ($"2024-{m:D2}.md", $"# Kusama News - {new DateOnly(2024, m, 1).ToString("MMMM", CultureInfo.InvariantCulture)} 2024\n\n# Issue {m}\n\n## Lead\n\nText.\n\n## Treasury Report\n\nFunds.\n\n## Referenda Roundup\n\nVotes.\n"))
            .Append(("topics.yml", File.ReadAllText(Path.Combine(TestContent.Folder, "topics.yml"))))
            .ToArray();
        using var archive = KusamaNewsFactory.WithContent(files);

        var page = await archive.CreateClient().GetDocumentAsync("/issues/2024/05/treasury-report");

        // Each month has two governance sections; the nearest months come first, earlier before later at equal distance.
        var months = page.QuerySelectorAll(".related__list time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(["2024-04", "2024-04", "2024-06", "2024-06", "2024-03"], months);
    }

    [Fact]
    public async Task TheFrontPageListsTheTopicsWithTheirCounts()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/");

        var topics = page.QuerySelectorAll(".topic-cloud li");
        Assert.Contains(topics, t => t.QuerySelector("a")!.GetAttribute("href") == "/topics/governance");
        Assert.All(topics, t => Assert.Matches(@"^\d+ sections?$", t.QuerySelector(".topic-cloud__count").Text()));
    }
}
