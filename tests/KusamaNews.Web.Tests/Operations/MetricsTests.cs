using System.Diagnostics;
using System.Net;
using KusamaNews.Web.Tests.Hosting;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>
/// /metrics on the built app, on Kestrel, as Prometheus scrapes it: the archive's own instruments,
/// ASP.NET Core's and the runtime's; never stored, never rate limited (here three requests a
/// minute), and logged as the ordinary request it is.
/// </summary>
public sealed class MetricsTests(MetricsTests.Site site) : IClassFixture<MetricsTests.Site>
{
    private const int PermitLimit = 3;

    public sealed class Site : IAsyncLifetime
    {
        public RunningSite Running { get; private set; } = null!;

        public async Task InitializeAsync() => Running = await RunningSite.StartAsync(null, $"--RateLimit:PermitLimit={PermitLimit}");

        public async Task DisposeAsync() => await Running.DisposeAsync();
    }

    [Fact]
    public async Task AScrapeReportsIngestionCacheHitsSearchesRequestsAndTheRuntime()
    {
        using var client = site.Running.CreateClient();
        await PrometheusScrape.GetAsync(client); // a scrape, which the request metrics must leave out
        // The response cache keeps a page from its second request on: the third is a hit.
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/issues/2024/06")).StatusCode);
        var found = await client.GetDocumentAsync("/search?q=kusama");
        var nothing = await client.GetDocumentAsync("/search?q=zqxjvw");
        Assert.NotEmpty(found.QuerySelectorAll(".search-section__heading"));
        Assert.Empty(nothing.QuerySelectorAll(".search-section__heading"));

        // Request durations are recorded as a response ends, and the exporter memoises a scrape
        // for 300 ms: scrape until the last search shows.
        var scrape = await ScrapeUntilAsync(client, s => s.Find("http_server_request_duration_seconds_count", ("http_route", "search")).Sum(x => x.Value) >= 2);

        // The two issues of content/, in the one run at start-up.
        Assert.Equal(2, scrape.Value("kusamanews_ingestion_files_total", ("outcome", "ingested")));
        Assert.Equal(0, scrape.Value("kusamanews_ingestion_files_total", ("outcome", "failed")));
        Assert.Equal(1, scrape.Value("kusamanews_ingestion_duration_seconds_count"));
        Assert.InRange(scrape.Value("kusamanews_ingestion_duration_seconds_sum"), 0.001, 60);

        Assert.True(scrape.Value("kusamanews_response_cache_lookups_total", ("outcome", "hit")) >= 1, scrape.Text);
        Assert.True(scrape.Value("kusamanews_response_cache_lookups_total", ("outcome", "miss")) >= 2, scrape.Text);

        // Only the search that found nothing counts as one; both are timed.
        Assert.Equal(2, scrape.Value("kusamanews_search_duration_seconds_count"));
        Assert.Equal(1, scrape.Value("kusamanews_search_zero_results_total"));
        Assert.InRange(scrape.Value("kusamanews_search_duration_seconds_sum"), 1e-6, 10);
        Assert.Equal(2, scrape.Value("kusamanews_search_duration_seconds_bucket", ("le", "+Inf")));

        var issuePage = scrape.Find("http_server_request_duration_seconds_count", ("http_route", "issues/{year}/{month}"), ("http_response_status_code", "200"));
        Assert.Equal(3, issuePage.Sum(s => s.Value));
        Assert.Empty(scrape.Find("http_server_request_duration_seconds_count", ("http_route", "/metrics")));

        Assert.True(scrape.Value("dotnet_process_memory_working_set_bytes") > 1_000_000, scrape.Text);
        Assert.NotEmpty(scrape.Find("dotnet_gc_collections_total"));
        Assert.Equal("KusamaNews", Assert.Single(scrape.Find("target_info")).Labels["service_name"]);
    }

    [Fact]
    public async Task MetricsAreNeverStoredNorRateLimitedAndAreLoggedAsOrdinaryRequests()
    {
        using var client = site.Running.CreateClient();
        // The limit is in force: the API refuses the request after the third.
        for (var i = 0; i < PermitLimit; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/topics")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/topics")).StatusCode);

        for (var i = 0; i < PermitLimit * 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
            request.Headers.TryAddWithoutValidation("Accept", PrometheusScrape.PrometheusAccept);
            // An If-None-Match that would match any archive ETag gets no 304: the scrape is not archive-backed.
            request.Headers.TryAddWithoutValidation("If-None-Match", "W/\"v1-0-0\", *");
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
            Assert.Null(response.Headers.ETag);
            Assert.Equal("application/openmetrics-text", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("# EOF", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // One event a scrape, at Information, as for any page; nothing at Error.
        var logged = Stopwatch.StartNew();
        while (!site.Running.Output.Contains("INF] Serilog.AspNetCore.RequestLoggingMiddleware: HTTP GET /metrics responded 200", StringComparison.Ordinal)
            && logged.Elapsed < TimeSpan.FromSeconds(10))
            await Task.Delay(50);
        var scrapes = site.Running.Output.Split('\n').Where(line => line.Contains("HTTP GET /metrics", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(scrapes);
        Assert.All(scrapes, line => Assert.Contains("INF]", line, StringComparison.Ordinal));
        Assert.DoesNotContain(" ERR]", site.Running.Output, StringComparison.Ordinal);
    }

    private static async Task<PrometheusScrape> ScrapeUntilAsync(HttpClient client, Func<PrometheusScrape, bool> ready)
    {
        var waited = Stopwatch.StartNew();
        var scrape = await PrometheusScrape.GetAsync(client);
        while (!ready(scrape) && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100);
            scrape = await PrometheusScrape.GetAsync(client);
        }
        return scrape;
    }
}
