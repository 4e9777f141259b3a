using System.Net;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>A compressed copy answered from memory is validated like the response it was made from.</summary>
[Collection(CachingSite.Name)]
public sealed class CachingCompressedCopyTests(KusamaNewsFactory factory)
{
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
}
