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
        var checker = TestTools.NuChecker();
        var client = factory.CreateClient();
        var folder = Directory.CreateTempSubdirectory("kusamanews-vnu").FullName;
        try
        {
            var pages = (await SiteCrawler.CrawlAsync(client)).Where(p => p.Document is not null).ToList();
            var files = new List<string>();
            foreach (var (page, i) in pages.Select((p, i) => (p, i)))
                files.Add(Write(folder, $"page-{i}.html", page.Html));
            files.Add(Write(folder, "not-found.html", await (await client.GetAsync("/no-such-page")).Content.ReadAsStringAsync()));
            files.Add(Write(folder, "site.css", await client.GetStringAsync("/css/site.css")));

            var (exitCode, stdout, stderr) = await TestTools.RunAsync("java", ["-jar", checker, "--format", "gnu", "--also-check-css", .. files]);
            var output = stdout + stderr;

            Assert.True(exitCode == 0 && output.Trim().Length == 0, $"vnu reported:\n{output}\npages: {string.Join(", ", pages.Select((p, i) => $"page-{i}={p.Url}"))}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Write(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
