using KusamaNews.Ingestion.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KusamaNews.Ingestion.Hosting;

/// <summary>
/// Keeps the served archive in line with the content folder. At start: a database without an
/// archive is ingested before the site takes requests; one that holds an archive is served at once
/// and ingested in the background. Then (Archive:Ingestion=Watch) every change to the folder is
/// ingested once it has been quiet for Archive:WatchDelayMilliseconds: a burst of saves is one run,
/// and changes during a run bring one more run after it, never two at once. Each run is one
/// transaction, so readers see the previous archive until it commits; a run that fails is logged,
/// the last good archive stays served, and the run is tried again later.
/// </summary>
/// <remarks>
/// A run after a clean one (every file stored), with the watcher alive all along, looks only at the
/// files the watcher named (<see cref="ChangedFiles"/>, kept by <see cref="WatchedChanges"/>): in a
/// large archive, stat-ing every file is most of what one changed file costs. Any doubt (the first
/// run, a watcher that broke or started again, a run that failed or left a file failing) makes the
/// next run read the whole folder.
/// </remarks>
internal sealed partial class IngestionService(
    IngestionRunner runner,
    ArchiveDatabase database,
    ArchiveStatus status,
    IOptions<ArchiveOptions> options,
    TimeProvider time,
    ILogger<IngestionService> logger) : IHostedService, IDisposable
{
    private readonly WatchedChanges changes = new(options, logger);
    private readonly CancellationTokenSource stopping = new();
    private volatile bool disposed;
    private Task loop = Task.CompletedTask;

    private ArchiveOptions Settings => options.Value;
    private bool Watches => Settings.Ingestion == IngestionMode.Watch;
    private TimeSpan Delay => TimeSpan.FromMilliseconds(Settings.WatchDelayMilliseconds);

    // After a failed run or a broken watcher: try again after ten quiet periods, at least a second.
    private TimeSpan RetryDelay => TimeSpan.FromTicks(Math.Max(Delay.Ticks * 10, TimeSpan.TicksPerSecond));

    // A folder that never stops changing is still ingested, at the latest after this long.
    private TimeSpan MaxSettle => Delay * 10;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Settings.Ingestion == IngestionMode.Off)
        {
            var snapshot = await ReadSnapshotAsync(cancellationToken).ConfigureAwait(false);
            LogServingAsIs(logger, database.FilePath, snapshot.Version, snapshot.IssueCount);
            return;
        }

        if (Watches)
            changes.TryStartWatching();

        EnsureStore();
        var stored = await ReadSnapshotAsync(cancellationToken).ConfigureAwait(false);
        if (stored.HasArchive)
        {
            LogServingStored(logger, stored.Version, stored.IssueCount, Settings.ContentPath);
            changes.Signal();
        }
        else
        {
            // Nothing to serve yet: the first ingestion runs before the server takes requests.
            await Task.Run(() => runner.Run(cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        loop = Task.Run(() => RunLoopAsync(stored.HasArchive, stopping.Token), CancellationToken.None);
    }

    /// <summary>
    /// Opens or creates the store. One that cannot be used (damaged, not SQLite, or an older build's)
    /// is only a cache of the content folder: it is moved aside, and the archive is built again
    /// rather than the site failing to start.
    /// </summary>
    private void EnsureStore() => database.EnsureCreatedOrSetAside(time.GetUtcNow(),
        (aside, reason) => LogStoreSetAside(logger, database.FilePath, reason.Message, aside, Settings.ContentPath));

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host may be stopped again after it was disposed (WebApplicationFactory does so).
        if (disposed)
            return;
        await stopping.CancelAsync().ConfigureAwait(false);
        changes.StopWatching();
        await loop.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task RunLoopAsync(bool ingestAtOnce, CancellationToken stop)
    {
        try
        {
            if (ingestAtOnce && changes.TryTakeSignal())
                RunOnce(stop);
            while (true)
            {
                await WaitForChangeAsync(stop).ConfigureAwait(false);
                await SettleAsync(stop).ConfigureAwait(false);
                RunOnce(stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task WaitForChangeAsync(CancellationToken stop)
    {
        if (!changes.RetryPending)
        {
            await changes.WaitForSignalAsync(stop).ConfigureAwait(false);
            return;
        }
        using var retry = new CancellationTokenSource(RetryDelay, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stop, retry.Token);
        try
        {
            await changes.WaitForSignalAsync(either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            // Time to try again, change or not.
        }
    }

    /// <summary>Waits until the folder has been quiet for one whole delay.</summary>
    private async Task SettleAsync(CancellationToken stop)
    {
        var started = time.GetTimestamp();
        do
        {
            await Task.Delay(Delay, time, stop).ConfigureAwait(false);
        }
        while (changes.TryTakeSignal() && time.GetElapsedTime(started) < MaxSettle);
    }

    private void RunOnce(CancellationToken stop)
    {
        if (Watches && !changes.IsWatching)
            changes.TryStartWatching();
        var (changed, epoch) = changes.Take();
        try
        {
            var report = runner.Run(changed, stop);
            changes.RetryPending = !changes.IsWatching && Watches;
            changes.RunCompleted(report, epoch);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever a run throws, the site goes on serving the last good archive and the watcher lives on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            changes.RetryPending = true;
            changes.RunFailed();
            if (ex is DirectoryNotFoundException)
                changes.StopWatching();
            LogRunFailed(logger, ex, Settings.ContentPath, status.Served?.Version ?? 0, RetryDelay.TotalSeconds);
        }
    }

    private async Task<ArchiveSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken)
    {
        var snapshot = await ArchiveSnapshot.ReadAsync(database, cancellationToken).ConfigureAwait(false);
        status.Record(snapshot);
        return snapshot;
    }

    public void Dispose()
    {
        if (disposed)
            return;
        disposed = true;
        changes.Dispose();
        stopping.Cancel();
        stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database {DatabasePath} cannot be used ({Reason}); it was moved to {SetAsidePath}, and the archive is built again from {ContentPath}")]
    private static partial void LogStoreSetAside(ILogger logger, string databasePath, string reason, string setAsidePath, string contentPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the stored archive (version {ArchiveVersion}, {IssueCount} issues) while {ContentPath} is ingested in the background")]
    private static partial void LogServingStored(ILogger logger, long archiveVersion, int issueCount, string contentPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Archive:Ingestion is Off: serving {DatabasePath} as it is (version {ArchiveVersion}, {IssueCount} issues)")]
    private static partial void LogServingAsIs(ILogger logger, string databasePath, long archiveVersion, int issueCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingesting {ContentPath} failed; the archive of version {ArchiveVersion} stays served. Trying again in {RetrySeconds} s")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string contentPath, long archiveVersion, double retrySeconds);
}
