using System.Net;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>Errors are not cached: no validators, and a server error is never stored.</summary>
[Collection(CachingSite.Name)]
public sealed class CachingErrorTests(KusamaNewsFactory factory)
{
    [Theory]
    [InlineData("/issues/2099/01")]
    [InlineData("/no-such-page")]
    [InlineData("/api/issues/2099/01")]
    public async Task ErrorsCarryNoValidators(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.Null(response.Content.Headers.LastModified);
        Assert.NotEqual("public, max-age=300", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task AServerErrorIsNeverStored()
    {
        using var response = await factory.CreateClient().GetAsync("/errors/500");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }
}
