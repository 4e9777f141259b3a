using System.Collections.Concurrent;
using System.Net;
using KusamaNews.Ingestion.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>Rendered archive responses asked for more than once are answered from memory until the archive changes.</summary>
public sealed class ResponseCacheTests : IDisposable
{
    private readonly ConcurrentQueue<string> statements = new();
    private readonly KusamaNewsFactory site = new();
    private readonly WebApplicationFactory<Program> factory;

    public ResponseCacheTests() =>
        factory = site.WithWebHostBuilder(builder => builder
            .UseSetting("ResponseCache:MaxEntryKilobytes", "64")
            .ConfigureServices(services => services.AddSingleton(new ArchiveDatabase(site.DatabasePath, statements.Enqueue))));

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

    public void Dispose()
    {
        factory.Dispose();
        site.Dispose();
    }
}
