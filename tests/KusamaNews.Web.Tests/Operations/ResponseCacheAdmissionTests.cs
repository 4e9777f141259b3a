using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>What the cache keeps: a URL asked for more than once, found, and within the entry limit.</summary>
public sealed class ResponseCacheAdmissionTests : IDisposable
{
    private readonly ResponseCacheSite site = new();

    [Fact]
    public async Task AUrlAskedForOnceIsNotKept()
    {
        var client = site.CreateClient();
        await client.GetStringAsync("/search?q=auctions");
        site.Statements.Clear();

        await client.GetStringAsync("/search?q=auctions"); // rendered again: now it is worth keeping
        var renderedAgain = site.Statements.Count;
        site.Statements.Clear();
        await client.GetStringAsync("/search?q=auctions");

        Assert.True(renderedAgain > 0, "the second request was answered from memory, though the first was not kept");
        Assert.Empty(site.Statements);
    }

    [Fact]
    public async Task NotFoundIsNotKept()
    {
        var client = site.CreateClient();
        await client.GetAsync("/issues/2024/07");
        await client.GetAsync("/issues/2024/07");
        site.Statements.Clear();

        using var again = await client.GetAsync("/issues/2024/07");

        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.NotEmpty(site.Statements);
    }

    [Fact]
    public async Task AResponseLargerThanTheLimitIsSentWholeButNotKept()
    {
        using var limited = site.Factory.WithWebHostBuilder(builder => builder.UseSetting("ResponseCache:MaxEntryKilobytes", "1"));
        var client = limited.CreateClient();
        var first = await client.GetStringAsync("/issues/2024/06");
        await client.GetStringAsync("/issues/2024/06");
        site.Statements.Clear();

        var again = await client.GetStringAsync("/issues/2024/06");

        Assert.True(first.Length > 1024);
        Assert.Equal(first, again);
        Assert.NotEmpty(site.Statements);
    }

    public void Dispose() => site.Dispose();
}
