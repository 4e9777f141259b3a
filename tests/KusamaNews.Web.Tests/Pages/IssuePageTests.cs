using System.Net;

namespace KusamaNews.Web.Tests.Pages;

public sealed class IssuePageTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    [Fact]
    public async Task RendersMastheadMonthHeadlineAndTheSectionsInOrderWithSlugAnchors()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/issues/2024/06");

        Assert.Equal("June 2024", page.QuerySelector(".masthead time").Text());
        Assert.Equal("Kusama Experiences Unprecedented Growth and Progress in Blockchain Sphere", page.QuerySelector("h1").Text());
        var sections = page.QuerySelectorAll("section.section");
        Assert.Equal(
            [
                "canary-network-emerges-as-leading-force-in-blockchain-development",
                "opengov-implementation-steers-kusama-forward",
                "kusama-exemplifies-blockchain-growth-in-parachain-auctions",
                "tech-innovations-boost-kusamas-development",
                "ksm-token-activities-reflect-positive-market-performance",
                "developer-ecosystem-fosters-a-vibrant-community",
                "anticipating-future-excellence",
            ],
            sections.Select(s => s.Id));
        Assert.Equal("Tech Innovations Boost Kusama\u2019s Development", sections[3].QuerySelector("h2").Text());
        Assert.All(sections, s => Assert.Equal($"/issues/2024/06/{s.Id}", s.QuerySelector("h2 a")!.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/issues/2024/06")]
    [InlineData("/issues/2019/11")]
    public async Task TheTableOfContentsLinksToAnchorsThatExistInOrder(string url)
    {
        var page = await factory.CreateClient().GetDocumentAsync(url);

        var targets = page.Hrefs(".toc a");
        Assert.Equal(7, targets.Count);
        Assert.All(targets, href => Assert.StartsWith("#", href, StringComparison.Ordinal));
        Assert.Equal(page.QuerySelectorAll("section.section").Select(s => "#" + s.Id), targets);
        Assert.All(targets, href => Assert.NotNull(page.GetElementById(href[1..])));
    }

    [Fact]
    public async Task ShowsWordCountAndReadingTime()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/issues/2019/11");

        Assert.Matches(@"^7 sections · [\d,]+ words · \d+ min read$", page.QuerySelector(".issue__header .meta").Text());
    }

    [Fact]
    public async Task PreviousAndNextIssueLinksAreRightAtBothEndsOfTheArchive()
    {
        var client = factory.CreateClient();

        var newest = await client.GetDocumentAsync("/issues/2024/06");
        var oldest = await client.GetDocumentAsync("/issues/2019/11");

        Assert.Equal(["/issues/2019/11"], newest.Hrefs(".pager a[rel=prev]"));
        Assert.Empty(newest.Hrefs(".pager a[rel=next]"));
        Assert.Contains("November 2019", newest.QuerySelector(".pager a[rel=prev]").Text(), StringComparison.Ordinal);
        Assert.Empty(oldest.Hrefs(".pager a[rel=prev]"));
        Assert.Equal(["/issues/2024/06"], oldest.Hrefs(".pager a[rel=next]"));
    }

    [Fact]
    public async Task November2019ReadsTheRepairedQuote()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/issues/2019/11");

        Assert.Contains("\"Canary Network\u201D", page.QuerySelector("section h2").Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("\u201A\u00C4\u00F9", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/issues/2024/13")]
    [InlineData("/issues/1999/01")]
    [InlineData("/issues/2024/00")]
    [InlineData("/issues/abcd/06")]
    [InlineData("/issues/2024/123")]
    [InlineData("/issues/20240/06")]
    public async Task UnknownOrImpossibleMonthsAreNotFound(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        await NotFoundPage.AssertHelpfulAsync(response);
    }

    [Theory]
    [InlineData("/issues/2024/6", "/issues/2024/06")]
    [InlineData("/issues/2019/11/", "/issues/2019/11")]
    public async Task NonCanonicalIssueUrlsRedirectPermanently(string url, string canonical)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TitleDescriptionAndCanonicalNameTheIssue()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/issues/2019/11");

        Assert.Equal("Kusama Propels Blockchain Innovation Through Unprecedented Groundbreak (November 2019) · Kusama News", page.Title);
        Assert.StartsWith("Kusama News, November 2019:", page.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.EndsWith("/issues/2019/11", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
    }
}
