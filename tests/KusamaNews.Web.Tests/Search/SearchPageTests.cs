using System.Net;
using System.Text.Json;
using AngleSharp.Dom;

namespace KusamaNews.Web.Tests.Search;

/// <summary>/search and /api/search over the two real issues.</summary>
public sealed class SearchPageTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    private async Task<IDocument> GetAsync(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    [Fact]
    public async Task ResultsAreSectionsGroupedUnderTheirIssue()
    {
        var page = await GetAsync("/search?q=auctions");

        Assert.Equal("Search: auctions", page.QuerySelector("h1").Text());
        Assert.Equal("3 sections in 2 issues", page.QuerySelector(".search-summary").Text());
        var issues = page.QuerySelectorAll(".search-issue");
        Assert.Equal(["November 2019", "June 2024"], issues.Select(i => i.QuerySelector("h2").Text()));
        Assert.Equal("/issues/2019/11", issues[0].QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal(
            ["/issues/2019/11/parachain-auctions-unlocking-the-power-of-blockchain?highlight=Auctions",
             "/issues/2019/11/looking-forward-stepping-on-the-gas-for-innovation?highlight=auctions"],
            issues[0].Hrefs(".search-section a"));
        Assert.Equal("Kusama Propels Blockchain Innovation Through Unprecedented Groundbreak", issues[0].QuerySelector(".search-issue__headline").Text());
        Assert.All(page.QuerySelectorAll(".search-section__snippet"), snippet => Assert.NotEmpty(snippet.QuerySelectorAll("mark")));
        Assert.Equal("Auctions", issues[0].QuerySelector(".search-section h3 mark").Text());
    }

    [Fact]
    public async Task TheFormShowsTheQueryAndFiltersOfTheResultPage()
    {
        var page = await GetAsync("/search?q=kusama+auctions&from=2019&to=2024&sort=oldest");

        Assert.Equal("kusama auctions", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#search-q")!.Value);
        Assert.Equal("2019", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#search-from")!.Value);
        Assert.Equal("2024", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#search-to")!.Value);
        Assert.Equal("oldest", page.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#search-sort")!.Value);
        Assert.Equal(["November 2019", "June 2024"], page.QuerySelectorAll(".search-issue h2").Select(h => h.Text()));
    }

    [Fact]
    public async Task AnEmptyQueryShowsSearchTips()
    {
        var page = await GetAsync("/search?q=+");

        Assert.Equal("Search the archive", page.QuerySelector("h1").Text());
        Assert.NotNull(page.GetElementById("search-tips"));
        Assert.Empty(page.QuerySelectorAll(".search-issue"));
    }

    [Fact]
    public async Task NoResultsSaysSoAndSuggestsACloseTermThatFindsSomething()
    {
        var page = await GetAsync("/search?q=parachian");

        Assert.Equal("No section matches “parachian”.", page.QuerySelector(".search-message").Text());
        var suggestion = page.QuerySelector(".search-suggestion a")!;
        Assert.Equal(("parachain", "/search?q=parachain"), (suggestion.Text(), suggestion.GetAttribute("href")));
        var corrected = await GetAsync(suggestion.GetAttribute("href")!);
        Assert.NotEmpty(corrected.QuerySelectorAll(".search-issue"));
    }

    [Fact]
    public async Task WhenNoSectionHasAllTheWordsTheAnyWordResultsAreLabelled()
    {
        var page = await GetAsync("/search?q=Acala+zyxwvut");

        Assert.Equal("No section matches “Acala zyxwvut”.", page.QuerySelector(".search-message").Text());
        Assert.Equal("Sections with any of these terms instead:", page.QuerySelector(".search-notice").Text());
        Assert.Single(page.QuerySelectorAll(".search-section"));
    }

    [Fact]
    public async Task FiltersThatLeaveNothingOfferTheSearchWithoutThem()
    {
        var page = await GetAsync("/search?q=auctions&from=2020&to=2021");

        Assert.Equal("No section matches “auctions” with these filters.", page.QuerySelector(".search-message").Text());
        Assert.Contains("/search?q=auctions", page.QuerySelector("main").Hrefs());
    }

    public static TheoryData<string> HostileQueries() =>
    [
        "NEAR(", "col:", "^", "\"", "\"\"\"", "(", ")", "AND", "NOT", "OR", "-", "*", "-*", "a OR", "{Heading}:", "NEAR(a b, -1)",
        "<script>alert(1)</script>", "\u0000", "%", "😀", "ﷺ", new string('x', 5000), new string('"', 300), "a\"b\"c\"",
        "$KSM", "XCM-v3", "v1.2.0", "#123", "1,000,000", "Polkadot-SDK", "' OR 1=1 --", "\\", "&amp;",
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task EveryQueryGetsAnAnswerNeverAnError(string q)
    {
        var client = factory.CreateClient();
        var escaped = Uri.EscapeDataString(q);

        using var page = await client.GetAsync($"/search?q={escaped}&page=abc&from=x&to=99999&sort=%00&topic=%3Cb%3E");
        using var api = await client.GetAsync($"/api/search?q={escaped}&page=-3");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var document = await Html.ParseAsync(page);
        Assert.Empty(document.QuerySelectorAll("main script, main b"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/issues")]
    [InlineData("/issues/2024/06")]
    [InlineData("/search?q=auctions")]
    public async Task EveryPageHasTheSearchBoxInItsHeader(string url)
    {
        var page = await GetAsync(url);

        var box = page.QuerySelector("header form[role=search]")!;
        Assert.Equal(("get", "/search"), (box.GetAttribute("method"), box.GetAttribute("action")));
        Assert.NotNull(box.QuerySelector("input[type=search][name=q]"));
        Assert.Contains("/search", page.QuerySelector("header nav").Hrefs());
    }

    [Fact]
    public async Task TheFrontPageAndTheNotFoundPageHaveASearchBox()
    {
        var client = factory.CreateClient();
        var front = await client.GetDocumentAsync("/");
        var missing = await client.GetDocumentAsync("/no-such-page");

        Assert.NotNull(front.QuerySelector("main form[action='/search'] input[name=q]"));
        Assert.NotNull(missing.QuerySelector("main form[action='/search'] input[name=q]"));
    }

    [Fact]
    public async Task TheApiReturnsThePageResultsAsJson()
    {
        using var response = await factory.CreateClient().GetAsync("/api/search?q=auctions");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(("auctions", 3, 2, 1), (root.GetProperty("query").GetString(), root.GetProperty("totalSections").GetInt32(), root.GetProperty("totalIssues").GetInt32(), root.GetProperty("pageCount").GetInt32()));
        var first = root.GetProperty("results")[0];
        Assert.Equal("2019-11", first.GetProperty("month").GetString());
        Assert.Equal("/issues/2019/11/parachain-auctions-unlocking-the-power-of-blockchain?highlight=Auctions", first.GetProperty("url").GetString());
        Assert.Equal("Parachain Auctions: Unlocking the Power of Blockchain", first.GetProperty("heading").GetString());
        Assert.Contains("<mark>auctions</mark>", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        Assert.Equal(3, root.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task TheApiAnswersAnEmptyQueryWithItsProblem()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/search?q="));

        Assert.Equal("Empty", json.RootElement.GetProperty("problem").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task TheSectionPageMarksTheWordsItIsAskedToHighlight()
    {
        var page = await GetAsync("/issues/2024/06/opengov-implementation-steers-kusama-forward?highlight=Asynchronous+backing");

        Assert.Equal(["Asynchronous", "backing", "asynchronous", "backing"], page.QuerySelectorAll(".section-page mark").Select(m => m.Text()));
        Assert.EndsWith("/issues/2024/06/opengov-implementation-steers-kusama-forward", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("/issues/2024/06/opengov-implementation-steers-kusama-forward", page.QuerySelector(".highlight-notice").Hrefs());
        Assert.Empty((await GetAsync("/issues/2024/06/opengov-implementation-steers-kusama-forward")).QuerySelectorAll("mark"));
    }

    [SkippableFact]
    public async Task SearchPagesPassTheNuChecker()
    {
        TestTools.NuChecker();
        var client = factory.CreateClient();
        string[] urls =
        [
            "/search?q=auctions", "/search?q=kusama&sort=newest&from=2019&to=2024", "/search?q=parachian", "/search?q=Acala+zyxwvut",
            "/search?q=auctions&from=2020&to=2021", "/search?q=%5E", "/search?q=-kusama", "/search?q=auctions&page=7",
            "/issues/2024/06/opengov-implementation-steers-kusama-forward?highlight=asynchronous+backing",
        ];
        var files = new List<(string, string)>();
        foreach (var (url, i) in urls.Select((u, i) => (u, i)))
            files.Add(($"search-{i}.html", await client.GetStringAsync(url)));

        var report = await NuChecker.CheckAsync(files);

        Assert.True(report.Length == 0, $"vnu reported:\n{report}\npages: {string.Join(", ", urls.Select((u, i) => $"search-{i}={u}"))}");
    }
}
