using System.Net;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>Archive-backed responses are validated by the archive's version: ETag, Last-Modified, 304, Cache-Control.</summary>
[Collection(CachingSite.Name)]
public sealed class CachingConditionalGetTests(KusamaNewsFactory factory)
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
}
