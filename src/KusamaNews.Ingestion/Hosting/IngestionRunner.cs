using KusamaNews.Ingestion.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KusamaNews.Ingestion.Hosting;

/// <summary>Runs an ingestion of the configured content folder, logs what it did and records it for the site and its metrics.</summary>
public sealed partial class IngestionRunner(
    ArchiveIngester ingester,
    ArchiveDatabase database,
    ArchiveStatus status,
    IngestionMetrics metrics,
    IOptions<ArchiveOptions> options,
    ILogger<IngestionRunner> logger)
{
    public IngestionReport Run(CancellationToken cancellationToken) => Run(changed: null, cancellationToken);

    /// <summary>With <paramref name="changed"/>, a run that looks at the named files only, when it can.</summary>
    public IngestionReport Run(ChangedFiles? changed, CancellationToken cancellationToken)
    {
        var contentPath = options.Value.ContentPath;
        var report = ingester.Ingest(contentPath, changed, cancellationToken);
        foreach (var diagnostic in report.Diagnostics)
        {
            var where = DiagnosticPaths.Display(contentPath, diagnostic.File);
            if (diagnostic.IsError)
                LogError(logger, where, diagnostic.Line, diagnostic.Message);
            else
                LogWarning(logger, where, diagnostic.Line, diagnostic.Message);
        }
        var elapsedMs = (long)report.Elapsed.TotalMilliseconds;
        if (report.NamedFilesOnly)
            LogNamedSummary(logger, contentPath, changed!.Names.Count, report.Ingested, report.Unchanged, report.Removed, report.Failed, elapsedMs, report.ArchiveVersion);
        else
            LogSummary(logger, contentPath, report.FilesRead, report.Ingested, report.Unchanged, report.Removed, report.Failed, elapsedMs, report.ArchiveVersion);
        metrics.IngestionCompleted(report);
        status.Record(report);
        // What is served now, for the caching validators: read after the commit, so a page is
        // never labelled with a version newer than the archive it was read from.
        status.Record(ArchiveSnapshot.Read(database));
        return report;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Ingested {ContentPath}: {FilesRead} files read, {Ingested} ingested, {Unchanged} unchanged, {Removed} removed, {Failed} failed in {ElapsedMs} ms (archive version {ArchiveVersion})")]
    private static partial void LogSummary(ILogger logger, string contentPath, int filesRead, int ingested, int unchanged, int removed, int failed, long elapsedMs, long archiveVersion);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Ingested {ContentPath} (only the files named as changed: {NamedCount}): {Ingested} ingested, {Unchanged} unchanged, {Removed} removed, {Failed} failed in {ElapsedMs} ms (archive version {ArchiveVersion})")]
    private static partial void LogNamedSummary(ILogger logger, string contentPath, int namedCount, int ingested, int unchanged, int removed, int failed, long elapsedMs, long archiveVersion);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File}:{Line}: warning: {Diagnostic}")]
    private static partial void LogWarning(ILogger logger, string file, int line, string diagnostic);

    [LoggerMessage(Level = LogLevel.Error, Message = "{File}:{Line}: error: {Diagnostic}")]
    private static partial void LogError(ILogger logger, string file, int line, string diagnostic);
}
