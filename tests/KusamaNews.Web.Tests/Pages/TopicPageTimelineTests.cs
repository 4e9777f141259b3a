namespace KusamaNews.Web.Tests.Pages;

/// <summary>A topic's page: its sections newest first by year, its sections per year, its beat; unknown topics are not found.</summary>
[Collection(TopicPageSite.Name)]
public sealed class TopicPageTimelineTests(KusamaNewsFactory factory)
{
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
}
