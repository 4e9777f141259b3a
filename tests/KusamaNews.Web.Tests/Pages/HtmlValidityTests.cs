namespace KusamaNews.Web.Tests.Pages;

/// <summary>
/// Every page the crawl reaches, the 404 page and the stylesheet pass the W3C Nu HTML checker
/// (vnu.jar, run locally with Java). Without the checker the test is skipped and says why; CI
/// installs it (.ci/install-test-tools) and sets KUSAMANEWS_REQUIRE_TOOLS=1 so it always runs.
/// </summary>
public sealed class HtmlValidityTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    [SkippableFact]
    public async Task TheNuCheckerFindsNoErrorsOnAnyPage()
    {
        TestTools.NuChecker();
        var client = factory.CreateClient();
        var pages = (await SiteCrawler.CrawlAsync(client)).Where(p => p.Document is not null).ToList();
        var files = pages.Select((page, i) => ($"page-{i}.html", page.Html)).ToList();
        files.Add(("not-found.html", await (await client.GetAsync("/no-such-page")).Content.ReadAsStringAsync()));
        files.Add(("site.css", await client.GetStringAsync("/css/site.css")));

        var report = await NuChecker.CheckAsync(files);

        Assert.True(report.Length == 0, $"vnu reported:\n{report}\npages: {string.Join(", ", pages.Select((p, i) => $"page-{i}={p.Url}"))}");
    }
}
