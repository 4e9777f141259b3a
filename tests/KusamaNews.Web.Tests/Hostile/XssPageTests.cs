using static KusamaNews.Web.Tests.Hostile.ScriptFree;

namespace KusamaNews.Web.Tests.Hostile;

/// <summary>Every page a reader can reach, and the 404 page, is free of script; the hostile text is still shown, as text.</summary>
public sealed class XssPageTests : IDisposable
{
    private readonly KusamaNewsFactory factory = CorpusSite();

    [Fact]
    public async Task EveryPageAReaderCanReachIsFreeOfScript()
    {
        var client = factory.CreateClient();
        var pages = await SiteCrawler.CrawlAsync(client);

        Assert.True(pages.Count > 40, $"the crawl reached only {pages.Count} pages");
        foreach (var page in pages.Where(p => p.Document is not null))
            AssertSafePage(page.Url, page.Html, page.Document!);
    }

    [Fact]
    public async Task TheHostileTextIsShownAsText()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/issues/2032/09");

        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("<script>alert('headline')</script>", page.QuerySelector("h1").Text());
    }

    [Fact]
    public async Task TheNotFoundPageShowsAHostilePathAsText()
    {
        var path = "/%3Cscript%3Ealert(1)%3C%2Fscript%3E"; // a path keeps its %2F, as ASP.NET reads paths
        using var response = await factory.CreateClient().GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(html);

        AssertSafePage(path, html, page);
        Assert.Equal("/<script>alert(1)<%2Fscript>", page.QuerySelector("main code").Text());
    }

    public void Dispose() => factory.Dispose();
}
