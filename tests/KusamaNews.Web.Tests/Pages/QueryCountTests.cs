using System.Collections.Concurrent;
using KusamaNews.Ingestion.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KusamaNews.Web.Tests.Pages;

/// <summary>Issue and section pages read the archive in at most two statements, whatever its size.</summary>
public sealed class QueryCountTests : IDisposable
{
    private readonly ConcurrentQueue<string> statements = new();
    private readonly WebApplicationFactory<Program> factory;
    private readonly KusamaNewsFactory site = new();

    public QueryCountTests() =>
        // The response cache off: these count what rendering a page costs, not what a repeat costs.
        factory = site.WithWebHostBuilder(builder => builder
            .UseSetting("ResponseCache:Megabytes", "0")
            .ConfigureServices(services => services.AddSingleton(new ArchiveDatabase(site.DatabasePath, statements.Enqueue))));

    [Theory]
    [InlineData("/issues/2024/06")]
    [InlineData("/issues/2019/11")]
    [InlineData("/issues/2024/06/anticipating-future-excellence")]
    [InlineData("/issues/2019/11/polkadots-canary-network-launch-leaps-forward")]
    [InlineData("/issues/2024/06/opengov-implementation-steers-kusama-forward?highlight=asynchronous+backing+kusama")]
    public async Task APageReadsTheArchiveInAtMostTwoStatements(string url)
    {
        var client = factory.CreateClient();
        await client.GetAsync(url);
        statements.Clear();

        using var response = await client.GetAsync(url);

        response.EnsureSuccessStatusCode();
        Assert.InRange(statements.Count, 1, 2);
    }

    [Fact]
    public async Task TraceSqlLogsEachStatementAtDebug()
    {
        using var traced = site.WithWebHostBuilder(builder => builder.UseSetting("Archive:TraceSql", "true"));
        await traced.CreateClient().GetAsync("/issues/2024/06");

        Assert.Contains(site.Logs.Events, e => e.Category == "KusamaNews.Sql" && e.Message.Contains("FROM Sections", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        factory.Dispose();
        site.Dispose();
    }
}
