using System.Net;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>A rendered archive response asked for again is answered from memory, as the archive would answer it.</summary>
public sealed class ResponseCacheHitTests : IDisposable
{
    private readonly ResponseCacheSite site = new();

    [Theory]
    [InlineData("/issues/2024/06")]
    [InlineData("/issues/2019/11/parachain-auctions-unlocking-the-power-of-blockchain")]
    [InlineData("/topics/governance")]
    [InlineData("/search?q=auctions")]
    [InlineData("/api/issues/2024/06")]
    [InlineData("/feed.xml")]
    public async Task ARepeatIsAnsweredFromMemoryWithTheSameBodyAndHeaders(string url)
    {
        var client = site.CreateClient();
        using var first = await client.GetAsync(url);
        var firstBody = await first.Content.ReadAsStringAsync();
        (await client.GetAsync(url)).Dispose(); // the second request for a URL is the one kept
        site.Statements.Clear();

        using var third = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Empty(site.Statements);
        Assert.Equal(firstBody, await third.Content.ReadAsStringAsync());
        Assert.Equal(first.Content.Headers.ContentType, third.Content.Headers.ContentType);
        foreach (var header in new[] { "ETag", "Cache-Control", "Content-Security-Policy", "X-Content-Type-Options" })
            Assert.Equal(first.Headers.GetValues(header), third.Headers.GetValues(header));
    }

    [Fact]
    public async Task EachHostKeepsItsOwnAbsoluteUrls()
    {
        var client = site.CreateClient();

        var a = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/issues/2024/06") { Headers = { Host = "a.example" } });
        var b = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/issues/2024/06") { Headers = { Host = "b.example" } });

        Assert.Contains("http://a.example/issues/2024/06", await a.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("http://b.example/issues/2024/06", await b.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => site.Dispose();
}
