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
        Assert.Equal(7, sections.Length);
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
        Assert.All(sections, s => Assert.Equal("#" + s.Id, s.QuerySelector("h2 a")!.GetAttribute("href")));
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

    [Fact]
    public async Task ASingleDigitMonthRedirectsPermanentlyToTheTwoDigitUrl()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/issues/2024/6");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/issues/2024/06", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TitleAndCanonicalNameTheIssue()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/issues/2019/11");

        Assert.Equal("Kusama Propels Blockchain Innovation Through Unprecedented Groundbreak (November 2019) · Kusama News", page.Title);
        Assert.EndsWith("/issues/2019/11", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
    }
}
