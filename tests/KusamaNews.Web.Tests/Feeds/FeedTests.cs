using System.Globalization;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Hosting;
using static KusamaNews.Web.Tests.Feeds.FeedXml;

namespace KusamaNews.Web.Tests.Feeds;

public sealed class FeedTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    [Fact]
    public async Task TheSiteFeedHoldsTheLatestIssuesNewestFirstInFull()
    {
        var client = factory.CreateClient();
        var feed = await client.GetFeedAsync("/feed.xml");

        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.Equal("http://localhost/feed.xml", feed.Root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.NotEmpty(feed.Root.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        var entries = feed.Entries();
        Assert.Equal(["http://localhost/issues/2024/06", "http://localhost/issues/2019/11"], entries.Select(e => e.AlternateHref()));
        Assert.Equal("2024-06-01T00:00:00Z", feed.Root.Element(Atom + "updated")!.Value);

        var june = entries[0];
        var page = await client.GetDocumentAsync("/issues/2024/06");
        Assert.Equal(page.QuerySelector("h1").Text(), june.Element(Atom + "title")!.Value);
        Assert.StartsWith("In June 2024, Kusama, the experimental counterpart of Polkadot, demonstrated its dynamism", june.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(june.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture, out _));
        var content = june.Element(Atom + "content")!;
        Assert.Equal("html", (string?)content.Attribute("type"));
        var html = await Html.ParseAsync(content.Value);
        var headings = page.QuerySelectorAll("section.section h2").Select(h => h.Text()).ToList();
        Assert.Equal(7, headings.Count);
        Assert.Equal(headings, html.QuerySelectorAll("h2").Select(h => h.Text()));
        Assert.Equal(page.QuerySelectorAll("section.section p").Length, html.QuerySelectorAll("p").Length);
    }

    [Fact]
    public async Task EveryEntryHasAnIdThatDoesNotDependOnTheAddressTheSiteIsServedAt()
    {
        using var elsewhere = factory.WithWebHostBuilder(b => b.UseSetting("Site:PublicUrl", "https://news.example.org"));
        var here = (await factory.CreateClient().GetFeedAsync("/feed.xml")).Entries();
        var there = (await elsewhere.CreateClient().GetFeedAsync("/feed.xml")).Entries();

        var ids = here.Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.All(ids, id => Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids, there.Select(e => e.Element(Atom + "id")!.Value));
        Assert.Equal("https://news.example.org/issues/2024/06", there[0].AlternateHref());
    }

    [Fact]
    public async Task ATopicFeedHoldsTheTopicsSectionsInTimelineOrderWithTheirHtml()
    {
        var client = factory.CreateClient();
        var feed = await client.GetFeedAsync("/topics/governance/feed.xml");
        var page = await client.GetDocumentAsync("/topics/governance");

        var timeline = page.QuerySelectorAll(".timeline__item h3 a").Select(a => "http://localhost" + a.GetAttribute("href")).Take(20).ToList();
        Assert.NotEmpty(timeline);
        Assert.Equal(timeline, feed.Entries().Select(e => e.AlternateHref()));
        Assert.Contains("Governance", feed.Root!.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        var section = await client.GetDocumentAsync(feed.Entries()[0].AlternateHref().Replace("http://localhost", "", StringComparison.Ordinal));
        Assert.Equal(section.QuerySelector("h1").Text(), feed.Entries()[0].Element(Atom + "title")!.Value);
        Assert.Contains("<p>", feed.Entries()[0].Element(Atom + "content")!.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/topics/no-such-topic/feed.xml")]
    [InlineData("/topics/Not_A_Slug/feed.xml")]
    public async Task AFeedOfAnUnknownTopicIsNotFound(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EveryPageLinksTheSiteFeedAndATopicPageAlsoItsOwn()
    {
        var pages = (await SiteCrawler.CrawlAsync(factory.CreateClient())).Where(p => p.Document is not null).ToList();

        foreach (var page in pages)
            Assert.True(FeedLinks(page.Document!).Contains("/feed.xml"), $"{page.Url} does not link /feed.xml");
        var topic = pages.Single(p => p.Url == "/topics/governance").Document!;
        Assert.Equal(["/feed.xml", "/topics/governance/feed.xml"], FeedLinks(topic));
    }

    [Fact]
    public async Task TextThatLooksLikeMarkupStaysTextInTheFeed()
    {
        using var hostile = KusamaNewsFactory.WithContent(("2024-06.md", """
            # Kusama News - June 2024

            # Tom & Jerry <font>bold</font> ]]> "quoted"

            ## Lead <script>alert(1)</script>

            Text with <script>alert(2)</script> & more.
            """));

        var feed = await hostile.CreateClient().GetFeedAsync("/feed.xml");

        var entry = Assert.Single(feed.Entries());
        // <font> is no editor's tag (those, <b> among them, are markup, and a heading's text keeps their words alone).
        Assert.Equal("Tom & Jerry <font>bold</font> ]]> \"quoted\"", entry.Element(Atom + "title")!.Value);
        var content = await Html.ParseAsync(entry.Element(Atom + "content")!.Value);
        Assert.Empty(content.QuerySelectorAll("script, font"));
        Assert.Equal("Lead <script>alert(1)</script>", content.QuerySelector("h2").Text());
    }

    private static List<string> FeedLinks(IDocument document) =>
        [.. document.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")!)];
}
