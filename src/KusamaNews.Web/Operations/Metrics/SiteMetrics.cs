using System.Diagnostics.Metrics;
using KusamaNews.Ingestion.Hosting;

namespace KusamaNews.Web.Operations.Metrics;

/// <summary>
/// The site's own instruments, on the "KusamaNews" meter beside ingestion's (<see cref="IngestionMetrics"/>):
/// how often the response cache answered, how long searches take and how many find nothing.
/// Without a listener (a site without the exporter) each call is a no-op.
/// </summary>
public sealed class SiteMetrics
{
    public const string MeterName = IngestionMetrics.MeterName;

    private const string Outcome = "outcome";

    private readonly Counter<long> responseCacheLookups;
    private readonly Histogram<double> searchDuration;
    private readonly Counter<long> zeroResultSearches;

    public SiteMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        responseCacheLookups = meter.CreateCounter<long>("kusamanews.response_cache.lookups", "{lookup}",
            "Archive-backed GETs looked up in the response cache, by outcome: hit (answered from memory) or miss (rendered).");
        // Searches take milliseconds; the defaults (ASP.NET Core's start at 5 ms) would put most in one bucket.
        searchDuration = meter.CreateHistogram("kusamanews.search.duration", "s", "Duration of searches run (a search answered by the response cache is not run).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
        zeroResultSearches = meter.CreateCounter<long>("kusamanews.search.zero_results", "{search}",
            "Searches run in which no section had every word: the page says nothing matched, then offers any-word matches and a spelling suggestion.");
    }

    public void ResponseCacheHit() => responseCacheLookups.Add(1, new KeyValuePair<string, object?>(Outcome, "hit"));

    public void ResponseCacheMiss() => responseCacheLookups.Add(1, new KeyValuePair<string, object?>(Outcome, "miss"));

    public void SearchCompleted(TimeSpan elapsed, bool noSectionHadEveryWord)
    {
        searchDuration.Record(elapsed.TotalSeconds);
        if (noSectionHadEveryWord)
            zeroResultSearches.Add(1);
    }
}
