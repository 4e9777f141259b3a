using System.Net;
using Microsoft.AspNetCore.Hosting;
using static KusamaNews.Web.Tests.Feeds.FeedXml;

namespace KusamaNews.Web.Tests.Feeds;

public sealed class SitemapTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    [Fact]
    public async Task TheSitemapListsTheArchiveEveryIssueSectionAndTopicWithLastmod()
    {
        var client = factory.CreateClient();
        var sitemap = await client.GetXmlAsync("/sitemap.xml", "application/xml");

        var urls = sitemap.Root!.Elements(SitemapNs + "url").ToList();
        var locations = urls.Select(u => u.Element(SitemapNs + "loc")!.Value).ToList();
        Assert.Equal(locations.Count, locations.Distinct().Count());
        Assert.All(urls, u => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", u.Element(SitemapNs + "lastmod")?.Value ?? ""));

        var expected = new List<string> { "/", "/issues", "/issues/2024", "/issues/2019", "/issues/2024/06", "/issues/2019/11", "/topics" };
        foreach (var issue in new[] { "/issues/2024/06", "/issues/2019/11" })
            expected.AddRange((await client.GetDocumentAsync(issue)).Hrefs("section.section h2 a"));
        expected.AddRange((await client.GetDocumentAsync("/topics")).Hrefs(".topic-card h2 a"));
        Assert.Equal(7 + 14 + 11, expected.Count);
        Assert.Equal(expected.Select(path => "http://localhost" + path).Order(), locations.Order());

        Assert.Equal("2019-11-01", urls.Single(u => u.Element(SitemapNs + "loc")!.Value == "http://localhost/issues/2019/11").Element(SitemapNs + "lastmod")!.Value);
        Assert.Equal("2024-06-01", urls.Single(u => u.Element(SitemapNs + "loc")!.Value == "http://localhost/issues").Element(SitemapNs + "lastmod")!.Value);
    }

    [Fact]
    public async Task EveryLocationInTheSitemapIsAPage()
    {
        var client = factory.CreateClient();
        var sitemap = await client.GetXmlAsync("/sitemap.xml", "application/xml");

        foreach (var location in sitemap.Root!.Elements(SitemapNs + "url").Select(u => new Uri(u.Element(SitemapNs + "loc")!.Value)))
        {
            using var response = await client.GetAsync(location.PathAndQuery);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{location} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task RobotsTxtPointsAtTheSitemapAtThePublicUrl()
    {
        using var configured = factory.WithWebHostBuilder(b => b.UseSetting("Site:PublicUrl", "https://news.example.org/"));
        var client = configured.CreateClient();

        var robots = await client.GetStringAsync("/robots.txt");
        var sitemap = await client.GetXmlAsync("/sitemap.xml", "application/xml");

        Assert.Contains("Sitemap: https://news.example.org/sitemap.xml\n", robots, StringComparison.Ordinal);
        Assert.Contains("User-agent: *", robots, StringComparison.Ordinal);
        Assert.All(sitemap.Root!.Elements(SitemapNs + "url"), u => Assert.StartsWith("https://news.example.org/", u.Element(SitemapNs + "loc")!.Value, StringComparison.Ordinal));
    }
}
