using System.Net;
using System.Net.Http.Headers;
using KusamaNews.Web.Archive;
using Microsoft.Extensions.DependencyInjection;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>Archive-backed responses are validated by the archive's version: ETag, Last-Modified, 304, Cache-Control.</summary>
public sealed class CachingTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    [Theory]
    [InlineData("/", "public, max-age=300")]
    [InlineData("/issues/2024/06", "public, max-age=300")]
    [InlineData("/topics/governance", "public, max-age=300")]
    [InlineData("/feed.xml", "public, max-age=1800")]
    [InlineData("/topics/governance/feed.xml", "public, max-age=1800")]
    [InlineData("/sitemap.xml", "public, max-age=1800")]
    [InlineData("/api/issues", "public, max-age=300")]
    [InlineData("/api/issues/2024/06", "public, max-age=300")]
    public async Task AConditionalGetWithTheValidatorsOfTheServedArchiveIsNotModified(string url, string cacheControl)
    {
        var client = factory.CreateClient();
        using var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;
        Assert.True(etag.IsWeak);
        Assert.Equal(cacheControl, first.Headers.CacheControl!.ToString());

        using var byTag = new HttpRequestMessage(HttpMethod.Get, url);
        byTag.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(byTag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Equal(cacheControl, notModified.Headers.CacheControl!.ToString());

        using var byDate = new HttpRequestMessage(HttpMethod.Get, url);
        byDate.Headers.IfModifiedSince = lastModified;
        using var notModifiedSince = await client.SendAsync(byDate);
        Assert.Equal(HttpStatusCode.NotModified, notModifiedSince.StatusCode);
    }

    [Fact]
    public async Task AnOtherTagOrAnEarlierDateGetsTheWholeResponse()
    {
        var client = factory.CreateClient();
        using var first = await client.GetAsync("/issues/2024/06");

        using var otherTag = new HttpRequestMessage(HttpMethod.Get, "/issues/2024/06");
        otherTag.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"v0-0-0\"", isWeak: true));
        otherTag.Headers.IfModifiedSince = first.Content.Headers.LastModified; // If-None-Match decides
        using var full = await client.SendAsync(otherTag);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.NotEmpty(await full.Content.ReadAsByteArrayAsync());

        using var earlier = new HttpRequestMessage(HttpMethod.Get, "/issues/2024/06");
        earlier.Headers.IfModifiedSince = first.Content.Headers.LastModified!.Value.AddSeconds(-1);
        using var modified = await client.SendAsync(earlier);
        Assert.Equal(HttpStatusCode.OK, modified.StatusCode);
    }

    [Fact]
    public async Task ACompressedCopyFromMemoryCarriesTheSameTagAndRevalidates()
    {
        var client = factory.CreateClient();
        using var plain = await client.GetAsync("/topics");
        HttpResponseMessage? hit = null;
        for (var asked = 0; asked < 3; asked++) // the third, kept since the second, comes from memory
        {
            hit?.Dispose();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/topics") { Headers = { { "Accept-Encoding", "gzip, deflate, br" } } };
            hit = await client.SendAsync(request);
        }

        Assert.Equal("br", hit!.Content.Headers.ContentEncoding.Single());
        Assert.Equal(plain.Headers.ETag, hit.Headers.ETag);
        Assert.Equal(plain.Content.Headers.LastModified, hit.Content.Headers.LastModified);

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, "/topics") { Headers = { { "Accept-Encoding", "gzip, deflate, br" } } };
        revalidation.Headers.IfNoneMatch.Add(hit.Headers.ETag!);
        using var notModified = await client.SendAsync(revalidation);
        hit.Dispose();
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Empty(notModified.Content.Headers.ContentEncoding);
    }

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

    [Fact]
    public async Task WhenAnIngestionChangesTheArchiveTheOldTagNoLongerMatches()
    {
        using var site = KusamaNewsFactory.WithContent(("2024-06.md", TestIssues.Markdown(2024, 6, "First headline")));
        var client = site.CreateClient();
        using var before = await client.GetAsync("/issues/2024/06");
        var etag = before.Headers.ETag!;

        File.WriteAllText(Path.Combine(site.ContentPath, "2024-06.md"), TestIssues.Markdown(2024, 6, "Second headline"));
        site.Services.GetRequiredService<ArchiveIngestion>().Run(CancellationToken.None);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/issues/2024/06");
        request.Headers.IfNoneMatch.Add(etag);
        using var after = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag);
        Assert.Equal("Second headline", (await Html.ParseAsync(after)).QuerySelector("h1").Text());
    }
}
