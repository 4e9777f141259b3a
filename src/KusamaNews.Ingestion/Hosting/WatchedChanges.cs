using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KusamaNews.Ingestion.Hosting;

/// <summary>
/// What <see cref="IngestionService"/> knows of the content folder between runs: a signal
/// that something changed, the names of the files the watcher reported, and whether a run may look
/// at those files alone (<see cref="ChangedFiles"/>). It keeps the <see cref="ContentWatcher"/>, and
/// starts it again after it breaks.
/// </summary>
internal sealed partial class WatchedChanges(IOptions<ArchiveOptions> options, ILogger logger) : IDisposable
{
    // One pending signal is enough: the names go to the set below.
    private readonly Channel<bool> signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock watcherLock = new();
    private ContentWatcher? watcher;

    // Guarded by watcherLock: the files named since the last run began; the version a clean run
    // left, while nothing may have been missed since (null: the next run reads the whole folder);
    // and a count of watcher starts and failures, to tell whether one came during a run.
    private HashSet<string> named = new(StringComparer.Ordinal);
    private long? cleanVersion;
    private int watcherEpoch;
    private volatile bool retryPending;

    private string ContentPath => options.Value.ContentPath;

    /// <summary>A run is owed after the retry delay, change or not: the last one failed, or watching did.</summary>
    public bool RetryPending
    {
        get => retryPending;
        set => retryPending = value;
    }

    public bool IsWatching
    {
        get
        {
            lock (watcherLock)
                return watcher is not null;
        }
    }

    /// <summary>Asks for a run, as a change does.</summary>
    public void Signal() => signals.Writer.TryWrite(true);

    /// <summary>Takes the pending signal, if there is one.</summary>
    public bool TryTakeSignal() => signals.Reader.TryRead(out _);

    public async Task WaitForSignalAsync(CancellationToken cancellationToken) =>
        await signals.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The files named since the last run, when a run may look at them alone; and the watcher's epoch now.</summary>
    public (ChangedFiles? Changed, int Epoch) Take()
    {
        lock (watcherLock)
        {
            var names = named;
            named = new HashSet<string>(StringComparer.Ordinal);
            var changed = cleanVersion is { } version && watcher is not null ? new ChangedFiles(names, version) : null;
            return (changed, watcherEpoch);
        }
    }

    /// <summary>A run that began at <paramref name="epoch"/> ended: clean, with the watcher alive all along, the next may look at named files only.</summary>
    public void RunCompleted(IngestionReport report, int epoch)
    {
        lock (watcherLock)
            cleanVersion = report.Failed == 0 && epoch == watcherEpoch && watcher is not null ? report.ArchiveVersion : null;
    }

    /// <summary>A run failed: the next reads the whole folder.</summary>
    public void RunFailed()
    {
        lock (watcherLock)
            cleanVersion = null;
    }

    public void TryStartWatching()
    {
        lock (watcherLock)
        {
            if (watcher is not null || !Directory.Exists(ContentPath))
                return;
            try
            {
                watcher = ContentWatcher.Start(ContentPath, OnChanged, OnWatcherFailed);
                // Whatever changed while nobody watched is known only to a run of the whole folder.
                watcherEpoch++;
                cleanVersion = null;
                LogWatching(logger, ContentPath, options.Value.WatchDelayMilliseconds);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
            {
                retryPending = true;
                LogCannotWatch(logger, ContentPath, ex.Message);
            }
        }
    }

    public void StopWatching()
    {
        lock (watcherLock)
        {
            watcher?.Dispose();
            watcher = null;
        }
    }

    private void OnChanged(string file)
    {
        LogChanged(logger, file);
        lock (watcherLock)
            named.Add(file);
        Signal();
    }

    private void OnWatcherFailed(Exception exception)
    {
        LogWatcherFailed(logger, ContentPath, exception.Message);
        lock (watcherLock)
        {
            watcherEpoch++;
            cleanVersion = null;
        }
        StopWatching();
        retryPending = true;
        // Events may have been lost: a full run catches up on whatever they were.
        Signal();
    }

    public void Dispose() => StopWatching();

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {ContentPath}: a change is ingested once the folder has been quiet for {DelayMs} ms")]
    private static partial void LogWatching(ILogger logger, string contentPath, int delayMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Content changed: {File}")]
    private static partial void LogChanged(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot watch {ContentPath} ({Reason}); trying again later")]
    private static partial void LogCannotWatch(ILogger logger, string contentPath, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watching {ContentPath} failed ({Reason}); ingesting the whole folder to catch up")]
    private static partial void LogWatcherFailed(ILogger logger, string contentPath, string reason);
}
