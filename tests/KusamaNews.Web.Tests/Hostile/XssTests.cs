using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using KusamaNews.Testing;

namespace KusamaNews.Web.Tests.Hostile;

/// <summary>
/// The hostile-content corpus (tests/BadContent: raw script, iframes, event handlers, javascript:
/// and data: links) and hostile query text, served and checked in every output the site has:
/// every page a reader can reach, search results and their snippets, highlighted sections, both
/// feeds, the JSON API and the 404 page. Nothing that could run script gets through, and the
/// hostile text is still shown, as text.
/// </summary>
public sealed class XssTests : IDisposable
{
    private static readonly string[] HostileQueries =
        ["<script>alert(1)</script>", "script", "alert", "onerror", "iframe", "javascript", "\"><img src=x onerror=alert(1)>", "</mark><script>"];

    // What the site itself puts in every page: its stylesheet and feed links, meta tags, and the search forms.
    private static readonly HashSet<string> SiteElements = ["link", "meta", "form", "input", "button"];

    private readonly KusamaNewsFactory factory = KusamaNewsFactory.WithContentCopiedFrom(
        Path.Combine(AppContext.BaseDirectory, "BadContent"),
        Path.Combine(TestContent.Folder, "topics.yml"));

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
    public async Task SearchResultsSnippetsAndHighlightsAreFreeOfScript()
    {
        var client = factory.CreateClient();
        foreach (var query in HostileQueries)
        {
            var url = $"/search?q={Uri.EscapeDataString(query)}";
            var html = await client.GetStringAsync(url);
            AssertSafePage(url, html, await Html.ParseAsync(html));

            var json = await client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(query)}");
            AssertSafeJson(url, json);

            foreach (var section in new[] { "/issues/2032/09/lead-script-alert-heading-script", "/issues/2032/11/lead", "/issues/2032/12/lead" })
            {
                var highlighted = $"{section}?highlight={Uri.EscapeDataString(query)}";
                var sectionHtml = await client.GetStringAsync(highlighted);
                AssertSafePage(highlighted, sectionHtml, await Html.ParseAsync(sectionHtml));
            }
        }
    }

    [Fact]
    public async Task FeedsAreFreeOfScript()
    {
        var client = factory.CreateClient();
        var feeds = new List<string> { "/feed.xml" };
        var topics = JsonDocument.Parse(await client.GetStringAsync("/api/topics"));
        feeds.AddRange(Values(topics.RootElement, "feedUrl").Select(url => new Uri(url).PathAndQuery).Distinct());

        var htmlChecked = 0;
        foreach (var url in feeds)
        {
            var feed = XDocument.Parse(await client.GetStringAsync(url));
            foreach (var element in feed.Descendants().Where(e => (string?)e.Attribute("type") == "html"))
            {
                Assert.Empty(HtmlSafety.Violations(element.Value).Select(v => $"{url}: {v}"));
                htmlChecked++;
            }
            Assert.DoesNotContain(feed.Descendants().Attributes("href"), href => href.Value.TrimStart().StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        }
        Assert.True(htmlChecked > 20, $"only {htmlChecked} HTML fields were found in the feeds");
    }

    [Fact]
    public async Task TheJsonApiIsFreeOfScript()
    {
        var client = factory.CreateClient();
        var urls = new List<string> { "/api/issues", "/api/topics" };
        var issues = JsonDocument.Parse(await client.GetStringAsync("/api/issues"));
        urls.AddRange(Values(issues.RootElement, "apiUrl").Select(url => new Uri(url).PathAndQuery));

        Assert.True(urls.Count > 20, $"only {urls.Count} API URLs were found");
        var htmlFields = 0;
        foreach (var url in urls)
        {
            var json = await client.GetStringAsync(url);
            AssertSafeJson(url, json);
            htmlFields += Values(JsonDocument.Parse(json).RootElement, "html").Count();
        }
        Assert.True(htmlFields > 20, $"only {htmlFields} html fields were checked");
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

    private static void AssertSafePage(string url, string html, IDocument page)
    {
        Assert.Empty(HtmlSafety.Violations(html, document: true, allowed: SiteElements).Select(v => $"{url}: {v}"));
        Assert.All(page.QuerySelectorAll("form"), form => Assert.Equal("/search", form.GetAttribute("action")));
        Assert.All(page.QuerySelectorAll("link, meta"), element => Assert.NotNull(element.Closest("head")));
    }

    // The fields the API documents as HTML; the others are text, for the consumer to escape.
    private static readonly string[] HtmlFields = ["html", "snippet"];

    private static void AssertSafeJson(string url, string json)
    {
        // The encoder escapes <, > and & in every string, so no JSON answer holds a tag as such,
        // even when a script reads it into a page carelessly.
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        foreach (var field in HtmlFields)
        {
            foreach (var html in Values(document.RootElement, field))
                Assert.Empty(HtmlSafety.Violations(html).Select(v => $"{url} {field}: {v}"));
        }
    }

    private static IEnumerable<string> Values(JsonElement element, string name) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(e => Values(e, name)),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.NameEquals(name) && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Values(p.Value, name)),
        _ => [],
    };

    public void Dispose() => factory.Dispose();
}
