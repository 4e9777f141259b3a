using System.Net;
using System.Net.Http.Headers;
using KusamaNews.Ingestion.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>Validators that are not the served archive's get the whole response.</summary>
[Collection(CachingSite.Name)]
public sealed class CachingValidatorMismatchTests(KusamaNewsFactory factory)
{
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
    public async Task WhenAnIngestionChangesTheArchiveTheOldTagNoLongerMatches()
    {
        using var site = KusamaNewsFactory.WithContent(("2024-06.md", TestIssues.Markdown(2024, 6, "First headline")));
        var client = site.CreateClient();
        using var before = await client.GetAsync("/issues/2024/06");
        var etag = before.Headers.ETag!;

        File.WriteAllText(Path.Combine(site.ContentPath, "2024-06.md"), TestIssues.Markdown(2024, 6, "Second headline"));
        site.Services.GetRequiredService<IngestionRunner>().Run(CancellationToken.None);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/issues/2024/06");
        request.Headers.IfNoneMatch.Add(etag);
        using var after = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag);
        Assert.Equal("Second headline", (await Html.ParseAsync(after)).QuerySelector("h1").Text());
    }
}
