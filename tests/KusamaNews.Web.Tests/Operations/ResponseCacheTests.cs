using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using KusamaNews.Ingestion.Storage;
using KusamaNews.Web.Operations.Caching;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>Rendered archive responses asked for more than once are answered from memory until the archive changes.</summary>
public sealed class ResponseCacheTests : IDisposable
{
    private readonly ConcurrentQueue<string> statements = new();
    private readonly KusamaNewsFactory site = new();
    private readonly WebApplicationFactory<Program> factory;
    private int compressions;

    public ResponseCacheTests() =>
        factory = site.WithWebHostBuilder(builder => builder
            .UseSetting("ResponseCache:MaxEntryKilobytes", "64")
            .ConfigureServices(services => services
                .AddSingleton(new ArchiveDatabase(site.DatabasePath, statements.Enqueue))
                .PostConfigure<ResponseCompressionOptions>(options =>
                {
                    // ResponseCompression's own providers, counted each time one starts compressing a response.
                    options.Providers.Clear();
                    options.Providers.Add(new CountingProvider(new BrotliCompressionProvider(Options.Create(new BrotliCompressionProviderOptions())), () => Interlocked.Increment(ref compressions)));
                    options.Providers.Add(new CountingProvider(new GzipCompressionProvider(Options.Create(new GzipCompressionProviderOptions())), () => Interlocked.Increment(ref compressions)));
                })));

    [Theory]
    [InlineData("/issues/2024/06")]
    [InlineData("/issues/2019/11/parachain-auctions-unlocking-the-power-of-blockchain")]
    [InlineData("/topics/governance")]
    [InlineData("/search?q=auctions")]
    [InlineData("/api/issues/2024/06")]
    [InlineData("/feed.xml")]
    public async Task ARepeatIsAnsweredFromMemoryWithTheSameBodyAndHeaders(string url)
    {
        var client = factory.CreateClient();
        using var first = await client.GetAsync(url);
        var firstBody = await first.Content.ReadAsStringAsync();
        (await client.GetAsync(url)).Dispose(); // the second request for a URL is the one kept
        statements.Clear();

        using var third = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Empty(statements);
        Assert.Equal(firstBody, await third.Content.ReadAsStringAsync());
        Assert.Equal(first.Content.Headers.ContentType, third.Content.Headers.ContentType);
        foreach (var header in new[] { "ETag", "Cache-Control", "Content-Security-Policy", "X-Content-Type-Options" })
            Assert.Equal(first.Headers.GetValues(header), third.Headers.GetValues(header));
    }

    [Fact]
    public async Task AUrlAskedForOnceIsNotKept()
    {
        var client = factory.CreateClient();
        await client.GetStringAsync("/search?q=auctions");
        statements.Clear();

        await client.GetStringAsync("/search?q=auctions"); // rendered again: now it is worth keeping
        var renderedAgain = statements.Count;
        statements.Clear();
        await client.GetStringAsync("/search?q=auctions");

        Assert.True(renderedAgain > 0, "the second request was answered from memory, though the first was not kept");
        Assert.Empty(statements);
    }

    [Fact]
    public async Task NotFoundIsNotKept()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/issues/2024/07");
        await client.GetAsync("/issues/2024/07");
        statements.Clear();

        using var again = await client.GetAsync("/issues/2024/07");

        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.NotEmpty(statements);
    }

    [Fact]
    public async Task EachHostKeepsItsOwnAbsoluteUrls()
    {
        var client = factory.CreateClient();

        var a = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/issues/2024/06") { Headers = { Host = "a.example" } });
        var b = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/issues/2024/06") { Headers = { Host = "b.example" } });

        Assert.Contains("http://a.example/issues/2024/06", await a.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("http://b.example/issues/2024/06", await b.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResponseLargerThanTheLimitIsSentWholeButNotKept()
    {
        using var limited = factory.WithWebHostBuilder(builder => builder.UseSetting("ResponseCache:MaxEntryKilobytes", "1"));
        var client = limited.CreateClient();
        var first = await client.GetStringAsync("/issues/2024/06");
        await client.GetStringAsync("/issues/2024/06");
        statements.Clear();

        var again = await client.GetStringAsync("/issues/2024/06");

        Assert.True(first.Length > 1024);
        Assert.Equal(first, again);
        Assert.NotEmpty(statements);
    }

    [Fact]
    public async Task AnIngestionThatChangesTheArchiveIsNeverAnsweredFromMemory()
    {
        using var archive = KusamaNewsFactory.WithContent(("2024-06.md", "# Kusama News - June 2024\n\n# The First Headline\n\n## Lead\n\nText.\n"));
        var client = archive.CreateClient();
        for (var kept = 0; kept < 3; kept++) // asked for, kept, answered from memory
            Assert.Contains("The First Headline", await client.GetStringAsync("/issues/2024/06"), StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(archive.ContentPath, "2024-06.md"), "# Kusama News - June 2024\n\n# The Second Headline\n\n## Lead\n\nText.\n");
        archive.Services.GetRequiredService<KusamaNews.Web.Archive.ArchiveIngestion>().Run(CancellationToken.None);

        var page = await client.GetStringAsync("/issues/2024/06");
        Assert.Contains("The Second Headline", page, StringComparison.Ordinal);
        Assert.DoesNotContain("The First Headline", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHeadRequestGetsTheHeadersAndNoBody()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/issues/2024/06");
        await client.GetAsync("/issues/2024/06");

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/issues/2024/06"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

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
        var client = factory.CreateClient();
        using var first = await client.GetAsync("/issues/2024/06");
        var page = await first.Content.ReadAsByteArrayAsync();
        (await client.GetAsync("/issues/2024/06")).Dispose();
        statements.Clear();

        using var hit = await client.SendAsync(Get("/issues/2024/06", acceptEncoding));
        var raw = await hit.Content.ReadAsByteArrayAsync();

        Assert.Empty(statements);
        Assert.Equal(HttpStatusCode.OK, hit.StatusCode);
        Assert.Equal(expectedEncoding, hit.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Equal(["Accept-Encoding"], hit.Headers.Vary);
        Assert.Equal(raw.Length, hit.Content.Headers.ContentLength);
        Assert.Equal(page, Decompress(raw, expectedEncoding));
    }

    [Fact]
    public async Task AHitIsNotCompressedAgain()
    {
        var client = factory.CreateClient();
        (await client.SendAsync(Get("/issues/2024/06", "gzip, deflate, br"))).Dispose();
        (await client.SendAsync(Get("/issues/2024/06", "gzip, deflate, br"))).Dispose(); // kept
        Assert.Equal(2, compressions); // the counter sees the misses ResponseCompression compressed

        var hits = new List<byte[]>();
        foreach (var acceptEncoding in new[] { "gzip, deflate, br", "br", "gzip", "gzip, deflate, br" })
        {
            using var hit = await client.SendAsync(Get("/issues/2024/06", acceptEncoding));
            hits.Add(await hit.Content.ReadAsByteArrayAsync());
        }

        Assert.Equal(2, compressions);
        Assert.Equal(hits[0], hits[3]);
        Assert.Equal(hits[0], hits[1]);
    }

    [Fact]
    public async Task AHeadRequestForACompressedCopyGetsItsHeadersAndNoBody()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/issues/2024/06");
        await client.GetAsync("/issues/2024/06");
        using var get = await client.SendAsync(Get("/issues/2024/06", "gzip, deflate, br"));
        var compressed = await get.Content.ReadAsByteArrayAsync();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/issues/2024/06") { Headers = { { "Accept-Encoding", "gzip, deflate, br" } } });

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal("br", head.Content.Headers.ContentEncoding.Single());
        Assert.Equal(compressed.Length, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(0, compressions);
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

    private static HttpRequestMessage Get(string url, string? acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return request;
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

    private sealed class CountingProvider(ICompressionProvider inner, Action counted) : ICompressionProvider
    {
        public string EncodingName => inner.EncodingName;

        public bool SupportsFlush => inner.SupportsFlush;

        public Stream CreateStream(Stream outputStream)
        {
            counted();
            return inner.CreateStream(outputStream);
        }
    }

    public void Dispose()
    {
        factory.Dispose();
        site.Dispose();
    }
}
