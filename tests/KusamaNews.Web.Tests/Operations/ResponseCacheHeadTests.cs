using System.Net;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>A HEAD request answered from memory gets the headers of the kept copy, and no body.</summary>
public sealed class ResponseCacheHeadTests : IDisposable
{
    private readonly ResponseCacheSite site = new();

    [Fact]
    public async Task AHeadRequestGetsTheHeadersAndNoBody()
    {
        var client = site.CreateClient();
        await client.GetAsync("/issues/2024/06");
        await client.GetAsync("/issues/2024/06");

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/issues/2024/06"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AHeadRequestForACompressedCopyGetsItsHeadersAndNoBody()
    {
        var client = site.CreateClient();
        await client.GetAsync("/issues/2024/06");
        await client.GetAsync("/issues/2024/06");
        using var get = await client.SendAsync(ResponseCacheSite.Get("/issues/2024/06", "gzip, deflate, br"));
        var compressed = await get.Content.ReadAsByteArrayAsync();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/issues/2024/06") { Headers = { { "Accept-Encoding", "gzip, deflate, br" } } });

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal("br", head.Content.Headers.ContentEncoding.Single());
        Assert.Equal(compressed.Length, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(0, site.Compressions);
    }

    public void Dispose() => site.Dispose();
}
