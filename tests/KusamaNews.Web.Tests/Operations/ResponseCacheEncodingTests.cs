using System.IO.Compression;
using System.Net;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>A hit goes out in the kept copy the request's Accept-Encoding prefers.</summary>
public sealed class ResponseCacheEncodingTests : IDisposable
{
    private readonly ResponseCacheSite site = new();

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    [InlineData("gzip;q=0, br;q=0", null)]
    [InlineData("identity", null)]
    [InlineData(null, null)]
    public async Task AHitGoesOutInTheKeptCopyTheRequestPrefers(string? acceptEncoding, string? expectedEncoding)
    {
        var client = site.CreateClient();
        using var first = await client.GetAsync("/issues/2024/06");
        var page = await first.Content.ReadAsByteArrayAsync();
        (await client.GetAsync("/issues/2024/06")).Dispose();
        site.Statements.Clear();

        using var hit = await client.SendAsync(ResponseCacheSite.Get("/issues/2024/06", acceptEncoding));
        var raw = await hit.Content.ReadAsByteArrayAsync();

        Assert.Empty(site.Statements);
        Assert.Equal(HttpStatusCode.OK, hit.StatusCode);
        Assert.Equal(expectedEncoding, hit.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Equal(["Accept-Encoding"], hit.Headers.Vary);
        Assert.Equal(raw.Length, hit.Content.Headers.ContentLength);
        Assert.Equal(page, Decompress(raw, expectedEncoding));
    }

    private static byte[] Decompress(byte[] raw, string? encoding)
    {
        using Stream decoded = encoding switch
        {
            "br" => new BrotliStream(new MemoryStream(raw), CompressionMode.Decompress),
            "gzip" => new GZipStream(new MemoryStream(raw), CompressionMode.Decompress),
            _ => new MemoryStream(raw),
        };
        using var copy = new MemoryStream();
        decoded.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose() => site.Dispose();
}
