using System.Net;

namespace KusamaNews.Web.Tests.Pages;

/// <summary>What every page owes a reader and their tools, checked on every page a crawl reaches and on the 404 page.</summary>
public sealed class PageQualityTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    private async Task<List<SiteCrawler.CrawledPage>> HtmlPagesAsync()
    {
        var client = factory.CreateClient();
        var pages = (await SiteCrawler.CrawlAsync(client)).Where(p => p.Document is not null).ToList();
        using var missing = await client.GetAsync("/no-such-page");
        pages.Add(new SiteCrawler.CrawledPage("/no-such-page", missing.StatusCode, "", await Html.ParseAsync(missing), null));
        return pages;
    }

    [Fact]
    public async Task EveryPageHasLandmarksOneH1AndALanguage()
    {
        foreach (var page in await HtmlPagesAsync())
        {
            var document = page.Document!;
            Assert.True(document.DocumentElement.GetAttribute("lang") == "en", page.Url);
            Assert.True(document.QuerySelectorAll("h1").Length == 1, $"{page.Url} has {document.QuerySelectorAll("h1").Length} h1");
            foreach (var landmark in new[] { "header", "nav", "main", "footer" })
                Assert.True(document.QuerySelector(landmark) is not null, $"{page.Url} has no <{landmark}>");
            Assert.Equal("#main", document.QuerySelector("a.skip-link")!.GetAttribute("href"));
            Assert.NotNull(document.GetElementById("main"));
        }
    }

    [Fact]
    public async Task HeadingsNeverSkipALevel()
    {
        foreach (var page in await HtmlPagesAsync())
        {
            var levels = page.Document!.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            for (var i = 1; i < levels.Count; i++)
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{page.Url}: h{levels[i - 1]} is followed by h{levels[i]}");
        }
    }

    [Fact]
    public async Task EveryLinkHasTextAReaderCanHear()
    {
        foreach (var page in await HtmlPagesAsync())
        {
            foreach (var link in page.Document!.QuerySelectorAll("a"))
                Assert.False(string.IsNullOrWhiteSpace(link.TextContent) && string.IsNullOrWhiteSpace(link.GetAttribute("aria-label")), $"{page.Url}: a link to {link.GetAttribute("href")} has no text");
        }
    }

    [Fact]
    public async Task EveryPageHasATitleADescriptionAndACanonicalUrlOfItsOwn()
    {
        var pages = await HtmlPagesAsync();
        foreach (var page in pages)
        {
            var document = page.Document!;
            Assert.False(string.IsNullOrWhiteSpace(document.Title), page.Url);
            Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=description]")?.GetAttribute("content")), page.Url);
            if (page.Status == HttpStatusCode.OK)
                Assert.EndsWith(page.Url, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? "(none)", StringComparison.Ordinal);
        }
        var okPages = pages.Where(p => p.Status == HttpStatusCode.OK).ToList();
        Assert.Equal(okPages.Count, okPages.Select(p => p.Document!.Title).Distinct().Count());
    }
}
