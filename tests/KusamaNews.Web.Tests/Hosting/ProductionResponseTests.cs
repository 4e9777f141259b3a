using System.IO.Compression;
using System.Net;

namespace KusamaNews.Web.Tests.Hosting;

/// <summary>What goes over the wire from the built app on Kestrel in Production: compression and the static files' cache lifetime.</summary>
public sealed class ProductionResponseTests(ProductionResponseTests.Site site) : IClassFixture<ProductionResponseTests.Site>
{
    public sealed class Site : IAsyncLifetime
    {
        public RunningSite Running { get; private set; } = null!;

        public async Task InitializeAsync() => Running = await RunningSite.StartAsync();

        public async Task DisposeAsync() => await Running.DisposeAsync();
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/issues/2024/06", "text/html")]
    [InlineData("/no-such-page", "text/html")]
    [InlineData("/feed.xml", "application/atom+xml")]
    [InlineData("/sitemap.xml", "application/xml")]
    [InlineData("/api/issues/2024/06", "application/json")]
    public async Task CompressedResponsesDecompressToTheSameBody(string url, string mediaType)
    {
        using var client = site.Running.CreateClient();
        var plain = await GetAsync(client, url, null);
        Assert.Null(plain.Encoding);
        Assert.Equal(mediaType, plain.MediaType);

        foreach (var encoding in new[] { "br", "gzip" })
        {
            var compressed = await GetAsync(client, url, encoding);
            Assert.Equal(encoding, compressed.Encoding);
            Assert.Contains("Accept-Encoding", compressed.Vary);
            Assert.True(compressed.WireLength < plain.WireLength, $"{url} {encoding}: {compressed.WireLength} bytes, not less than {plain.WireLength}");
            Assert.Equal(plain.Body, compressed.Body);
        }
    }

    [Fact]
    public async Task FingerprintedStaticFilesAreCachedForAYearAndTheOthersRevalidated()
    {
        using var client = site.Running.CreateClient();
        var href = (await client.GetDocumentAsync("/")).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);

        using var fingerprinted = await client.GetAsync(href);
        using var plain = await client.GetAsync("/css/site.css");

        Assert.Equal(TimeSpan.FromDays(365), fingerprinted.Headers.CacheControl!.MaxAge);
        Assert.Contains("immutable", fingerprinted.Headers.CacheControl.ToString(), StringComparison.Ordinal);
        Assert.True(plain.Headers.CacheControl!.NoCache);
    }

    private sealed record Fetched(string? Encoding, string? MediaType, IReadOnlyList<string> Vary, long WireLength, string Body);

    private static async Task<Fetched> GetAsync(HttpClient client, string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        using Stream raw = new MemoryStream(bytes);
        using Stream decoded = encoding switch
        {
            "br" => new BrotliStream(raw, CompressionMode.Decompress),
            "gzip" => new GZipStream(raw, CompressionMode.Decompress),
            _ => raw,
        };
        using var reader = new StreamReader(decoded);
        return new Fetched(encoding, response.Content.Headers.ContentType?.MediaType, [.. response.Headers.Vary], bytes.Length, await reader.ReadToEndAsync());
    }
}
