using System.Diagnostics.Metrics;

namespace KusamaNews.Ingestion.Hosting;

/// <summary>
/// Ingestion's instruments, on the "KusamaNews" meter, which the site's other instruments share and
/// its /metrics exports: what each run did and how long it took. Without a listener (the ingest
/// command) each call is a no-op.
/// </summary>
public sealed class IngestionMetrics(IMeterFactory meterFactory)
{
    public const string MeterName = "KusamaNews";

    private const string Outcome = "outcome";

    private readonly Counter<long> ingestedFiles = MeterOf(meterFactory).CreateCounter<long>("kusamanews.ingestion.files", "{file}",
        "Files each ingestion run ingested, left unchanged, removed or failed on, by outcome.");

    // From a named file's run (tens of ms) to a full build of a large archive (a minute).
    private readonly Histogram<double> ingestionDuration = MeterOf(meterFactory).CreateHistogram("kusamanews.ingestion.duration", "s",
        "Duration of ingestion runs that completed.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120] });

    public void IngestionCompleted(IngestionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ingestedFiles.Add(report.Ingested, new KeyValuePair<string, object?>(Outcome, "ingested"));
        ingestedFiles.Add(report.Unchanged, new KeyValuePair<string, object?>(Outcome, "unchanged"));
        ingestedFiles.Add(report.Removed, new KeyValuePair<string, object?>(Outcome, "removed"));
        ingestedFiles.Add(report.Failed, new KeyValuePair<string, object?>(Outcome, "failed"));
        ingestionDuration.Record(report.Elapsed.TotalSeconds);
    }

    // The factory makes the meter once and hands the same one out again (the site's instruments are on it too).
    private static Meter MeterOf(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        return meterFactory.Create(MeterName);
    }
}
