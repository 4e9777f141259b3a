using System.Net;

namespace KusamaNews.Web.Tests.Pages;

public sealed class ErrorPageTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    [Theory]
    [InlineData("/nope")]
    [InlineData("/issues/2024/06/lead/extra")]
    [InlineData("/issues/2024/06/extra/parts")]
    public async Task UnknownPathsGetANotFoundPageThatHelpsTheReaderOn(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        var page = await NotFoundPage.AssertHelpfulAsync(response);
        Assert.Contains(url, page.QuerySelector("main code").Text(), StringComparison.Ordinal);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task TheErrorPageVisitedDirectlyKeepsItsStatus()
    {
        using var response = await factory.CreateClient().GetAsync("/errors/500");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", (await Html.ParseAsync(response)).QuerySelector("h1").Text());
    }
}
