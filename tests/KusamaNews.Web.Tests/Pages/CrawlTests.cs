using System.Net;

namespace KusamaNews.Web.Tests.Pages;

/// <summary>Everything a reader can reach from the front page exists.</summary>
public sealed class CrawlTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    [Fact]
    public async Task EveryInternalLinkFromTheFrontPageLeadsToAPage()
    {
        var pages = await SiteCrawler.CrawlAsync(factory.CreateClient());

        Assert.True(pages.Count > 20, $"the crawl reached only {pages.Count} pages");
        var broken = pages.Where(p => p.Status != HttpStatusCode.OK).Select(p => $"{p.Url} ({(int)p.Status}) linked from {p.Referrer}");
        Assert.Empty(broken);
    }

    [Fact]
    public async Task EveryFragmentLinkPointsAtAnElementOnItsPage()
    {
        var client = factory.CreateClient();
        var pages = await SiteCrawler.CrawlAsync(client);

        foreach (var page in pages.Where(p => p.Document is not null))
        {
            foreach (var href in page.Document!.Hrefs("a[href*='#']"))
            {
                var (path, fragment) = (href.Split('#')[0], href.Split('#')[1]);
                var target = path.Length == 0 ? page.Document! : pages.Single(p => p.Url == path).Document!;
                Assert.True(target.GetElementById(fragment) is not null, $"{page.Url} links to {href}, which has no element with that id");
            }
        }
    }
}
