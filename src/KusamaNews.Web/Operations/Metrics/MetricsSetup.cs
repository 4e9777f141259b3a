using KusamaNews.Ingestion.Hosting;
using KusamaNews.Web.Operations.Caching;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace KusamaNews.Web.Operations.Metrics;

public static class MetricsSetup
{
    /// <summary>
    /// OpenTelemetry metrics: the archive's own on the "KusamaNews" meter (<see cref="SiteMetrics"/>,
    /// and ingestion's, <see cref="IngestionMetrics"/>), ASP.NET Core's (request durations, Kestrel
    /// connections, rate limiting) and the runtime's (GC, memory, thread pool), exported for Prometheus
    /// to scrape. Register it before ingestion: the first run starts with ingestion's hosted service,
    /// and hosted services start in the order registered, so the meter provider's is listening by then
    /// (mapping /metrics builds it sooner still).
    /// </summary>
    public static IServiceCollection AddSiteMetrics(this IServiceCollection services)
    {
        services.AddSingleton<SiteMetrics>();
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(SiteMetrics.MeterName)) // target_info's service_name
            .WithMetrics(metrics => metrics
                .AddMeter(SiteMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                // The exporter's own 300 ms memo of a scrape stays: /metrics is not rate limited, and
                // it keeps a flood of scrapes from collecting every instrument once each.
                .AddPrometheusExporter());
        return services;
    }

    /// <summary>
    /// /metrics in Prometheus' text format. Never stored (no-store; no archive validators or
    /// response cache, which only serve endpoints marked CachedByArchive), never rate limited (a
    /// scraper polls from one address), and left out of the request metrics it reports, which
    /// count readers' requests.
    /// </summary>
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(SitePaths.Metrics, meterProvider: null, configureBranchedPipeline: NoStore, optionsName: null)
            .DisableRateLimiting()
            .DisableHttpMetrics();
        return endpoints;
    }

    private static void NoStore(IApplicationBuilder branch) => branch.Use((context, next) =>
    {
        context.Response.Headers.CacheControl = CacheProfiles.NoStore;
        return next(context);
    });
}
