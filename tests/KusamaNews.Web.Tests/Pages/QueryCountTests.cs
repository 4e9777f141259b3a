using System.Collections.Concurrent;
using Dapper;
using KusamaNews.Ingestion.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KusamaNews.Web.Tests.Pages;

/// <summary>
/// What a page costs the archive, whatever its size: issue and section pages read it in at most two
/// statements, and no page reads every tag to find a topic's or a section's.
/// </summary>
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

    [Theory]
    [InlineData("/issues/2024/06")]
    [InlineData("/issues/2024/06/anticipating-future-excellence")]
    [InlineData("/topics/governance")]
    [InlineData("/topics/governance/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/search?q=kusama&topic=governance")]
    public async Task APageFindsTagsByTopicAndMonthWithoutScanningThemAll(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        response.EnsureSuccessStatusCode();
        var readingTags = statements.Distinct().Where(sql => sql.Contains("SectionTopics", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(readingTags);
        foreach (var sql in readingTags)
        {
            var plan = Explain(sql);
            Assert.DoesNotMatch(@"SCAN (TABLE )?(SectionTopics|st)\b", plan); // SQLite 3.35 writes "SCAN TABLE SectionTopics AS st"
        }
    }

    // Every kind of page and endpoint that reads the archive: none may read a table that grows with
    // it (Sections, SectionTopics) from end to end. The front page did, ordering every section by
    // its issue to find eight (issue 18): invisible at two issues, 10 ms a visit at 12,000. The plan
    // does not depend on the archive's size (no ANALYZE), so the two real issues show it.
    [Theory]
    [InlineData("/")]
    [InlineData("/issues")]
    [InlineData("/issues/2024")]
    [InlineData("/issues/2024/06")]
    [InlineData("/issues/2024/06/anticipating-future-excellence")]
    [InlineData("/topics")]
    [InlineData("/topics/governance")]
    [InlineData("/topics/governance/feed.xml")]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/search?q=kusama")]
    [InlineData("/search?q=parachian")]
    [InlineData("/api/issues/2024/06")]
    public async Task NoPageReadsEverySectionOrTag(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        response.EnsureSuccessStatusCode();
        // What the page reads: its SELECTs (not BEGIN, nor SQLite's own "-- PRAGMA" lines).
        var read = statements.Distinct().Where(sql => sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(read);
        foreach (var sql in read)
        {
            var plan = Explain(sql);
            Assert.DoesNotMatch(@"\bSCAN (TABLE )?(Sections|s|SectionTopics|st)\b(?! VIRTUAL)", plan);
        }
    }

    private string Explain(string sql)
    {
        // A connection of its own, never one from the site's pool: whether a pooled one already had
        // search_rank registered depended on which one the pool handed out. The plan does not depend
        // on the rank function, so the search's statement is explained with FTS5's bm25() in its place.
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = site.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return string.Join('\n', connection.Query<(long, long, long, string Detail)>(
            "EXPLAIN QUERY PLAN " + sql.Replace("search_rank(", "bm25(", StringComparison.Ordinal)).Select(row => row.Detail));
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
