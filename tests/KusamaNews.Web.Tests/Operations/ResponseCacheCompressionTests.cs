using KusamaNews.Web.Operations.Caching;
using Microsoft.Extensions.Options;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>A kept response's compressed copies are made once, by the cache, and count towards the memory it may use.</summary>
public sealed class ResponseCacheCompressionTests : IDisposable
{
    private readonly ResponseCacheSite site = new();

    [Fact]
    public async Task AHitIsNotCompressedAgain()
    {
        var client = site.CreateClient();
        (await client.SendAsync(ResponseCacheSite.Get("/issues/2024/06", "gzip, deflate, br"))).Dispose();
        (await client.SendAsync(ResponseCacheSite.Get("/issues/2024/06", "gzip, deflate, br"))).Dispose(); // kept
        Assert.Equal(2, site.Compressions); // the counter sees the misses ResponseCompression compressed

        var hits = new List<byte[]>();
        foreach (var acceptEncoding in new[] { "gzip, deflate, br", "br", "gzip", "gzip, deflate, br" })
        {
            using var hit = await client.SendAsync(ResponseCacheSite.Get("/issues/2024/06", acceptEncoding));
            hits.Add(await hit.Content.ReadAsByteArrayAsync());
        }

        Assert.Equal(2, site.Compressions);
        Assert.Equal(hits[0], hits[3]);
        Assert.Equal(hits[0], hits[1]);
    }

    [Fact]
    public void TheCompressedCopiesCountTowardsTheMemoryBound()
    {
        using var cache = new ResponseCache(Options.Create(new ResponseCacheOptions { Megabytes = 1, MaxEntryKilobytes = 1024 }));
        var incompressible = new byte[400 * 1024];
        new Random(1).NextBytes(incompressible);
        cache.Find(1, "plain"); // the archive's version, as the first request sees it

        cache.Keep(1, "plain", "text/html", incompressible, compressible: false);
        cache.Keep(1, "compressed", "text/html", incompressible, compressible: true);

        Assert.NotNull(cache.Find(1, "plain"));
        Assert.Null(cache.Find(1, "compressed")); // 400 KB and two copies about as large: more than the megabyte
    }

    public void Dispose() => site.Dispose();
}
