using System.Net;
using System.Text.Json;

namespace KusamaNews.Web.Tests.Search;

/// <summary>Pages of results over a larger archive, and text that must reach the reader escaped.</summary>
public sealed class SearchEscapingAndPagingTests : IDisposable
{
    private readonly KusamaNewsFactory site = KusamaNewsFactory.WithContent([.. SearchContent.Wombats(25), SearchContent.Hostile]);

    [Fact]
    public async Task ResultsComeTenIssuesAPageTiesNewestFirst()
    {
        var client = site.CreateClient();

        var first = await client.GetDocumentAsync("/search?q=wombat");
        var third = await client.GetDocumentAsync("/search?q=wombat&page=3");

        Assert.Equal("25 sections in 25 issues · page 1 of 3", first.QuerySelector(".search-summary").Text());
        Assert.Equal(10, first.QuerySelectorAll(".search-issue").Length);
        Assert.Equal("January 2003", first.QuerySelector(".search-issue h2").Text()); // the newest: every score is the same
        Assert.Equal(["/search?q=wombat&page=2"], first.Hrefs(".pager a[rel=next]"));
        Assert.Empty(first.Hrefs(".pager a[rel=prev]"));
        Assert.Equal(["February 2001", "January 2001"], third.QuerySelectorAll(".search-issue h2").Skip(3).Select(h => h.Text()));
        Assert.Equal(5, third.QuerySelectorAll(".search-issue").Length);
        Assert.Equal(["/search?q=wombat&page=2"], third.Hrefs(".pager a[rel=prev]"));
    }

    [Fact]
    public async Task APagePastTheLastSaysSoWithALinkBack()
    {
        using var response = await site.CreateClient().GetAsync("/search?q=wombat&page=9");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is no page 9", page.QuerySelector("main").Text(), StringComparison.Ordinal);
        Assert.Contains("/search?q=wombat", page.QuerySelector("main").Hrefs());
    }

    [Fact]
    public async Task MarkupInTheTextIsShownAsTextAroundTheMarks()
    {
        var page = await site.CreateClient().GetDocumentAsync("/search?q=zebra");

        var heading = page.QuerySelector(".search-section h3")!;
        Assert.Equal("The <font>bold</font> & \"quoted\" zebra heading", heading.Text());
        Assert.Equal(["zebra"], heading.QuerySelectorAll("mark").Select(m => m.Text()));
        var snippet = page.QuerySelector(".search-section__snippet")!;
        Assert.Contains("<script>alert('zebra')</script>", snippet.Text(), StringComparison.Ordinal);
        Assert.Equal(["mark"], snippet.Children.Select(c => c.LocalName).Distinct());
        Assert.Equal("Ampersands & <angle> brackets", page.QuerySelector(".search-issue__headline").Text());
        Assert.Empty(page.QuerySelectorAll("main script, main b"));
    }

    [Fact]
    public async Task TheApiEscapesMarkupInEveryString()
    {
        var body = await site.CreateClient().GetStringAsync("/api/search?q=zebra");

        Assert.DoesNotContain("<script", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<font>", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        var result = json.RootElement.GetProperty("results")[0];
        Assert.Equal("The <font>bold</font> & \"quoted\" zebra heading", result.GetProperty("heading").GetString());
        Assert.Contains("&lt;script&gt;alert(&#x27;<mark>zebra</mark>&#x27;)&lt;/script&gt;", result.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HighlightingOnTheSectionPageTouchesTextNotTagsOrAttributes()
    {
        var client = site.CreateClient();
        var search = await client.GetDocumentAsync("/search?q=zebra");
        var url = search.QuerySelector(".search-section h3 a")!.GetAttribute("href")!;

        var page = await client.GetDocumentAsync(url);

        Assert.EndsWith("?highlight=zebra", url, StringComparison.Ordinal);
        var link = page.QuerySelector(".section-page a[href^='https://example.org']")!;
        Assert.Equal(("https://example.org/zebra?x=1&y=2", "zebra title"), (link.GetAttribute("href"), link.GetAttribute("title")));
        Assert.Equal(["zebra"], link.QuerySelectorAll("mark").Select(m => m.Text()));
        Assert.Equal(5, page.QuerySelectorAll(".section-page mark").Length); // heading, three in the text, the link text
        Assert.Contains("<script>alert('zebra')</script>", page.QuerySelector(".section-page").Text(), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    private static async Task<string> ZebraSectionPathAsync(HttpClient client) =>
        (await client.GetDocumentAsync("/search?q=zebra")).QuerySelector(".search-section h3 a")!.GetAttribute("href")!.Split('?')[0];

    [Theory]
    [InlineData("<script>", 2)] // the word "script", twice in the text
    [InlineData("\"><font>zebra", 7)] // "font" twice in the heading, "zebra" five times
    [InlineData("ZÉBRA", 5)]
    public async Task AnyHighlightValueIsSafe(string highlight, int marks)
    {
        var client = site.CreateClient();
        using var response = await client.GetAsync(await ZebraSectionPathAsync(client) + "?highlight=" + Uri.EscapeDataString(highlight));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(marks, page.QuerySelectorAll(".section-page mark").Length);
        Assert.Empty(page.QuerySelectorAll("main script, main b"));
    }

    [SkippableFact]
    public async Task TheseSearchPagesPassTheNuChecker()
    {
        TestTools.NuChecker();
        var client = site.CreateClient();
        string[] urls = ["/search?q=wombat", "/search?q=wombat&page=2", "/search?q=zebra", await ZebraSectionPathAsync(client) + "?highlight=zebra"];
        var files = new List<(string, string)>();
        foreach (var (url, i) in urls.Select((u, i) => (u, i)))
            files.Add(($"page-{i}.html", await client.GetStringAsync(url)));

        Assert.Equal("", await NuChecker.CheckAsync(files));
    }

    public void Dispose() => site.Dispose();
}
