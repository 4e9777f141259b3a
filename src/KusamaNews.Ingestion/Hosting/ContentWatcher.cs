using KusamaNews.Ingestion.Pipeline;
using KusamaNews.Ingestion.Topics;

namespace KusamaNews.Ingestion.Hosting;

/// <summary>
/// Tells when an issue file or topics.yml in the content folder is added, changed, renamed or
/// removed; editors' temporary and backup files are ignored. It only signals: the caller decides
/// when to ingest. A watcher that breaks (its event buffer overflowed, the folder went away)
/// reports it, and the caller creates a new one.
/// </summary>
internal sealed class ContentWatcher : IDisposable
{
    private readonly FileSystemWatcher watcher;

    private ContentWatcher(string contentPath, Action<string> changed, Action<Exception> failed)
    {
        watcher = new FileSystemWatcher(contentPath)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Signal(e.Name, changed);
        watcher.Created += (_, e) => Signal(e.Name, changed);
        watcher.Deleted += (_, e) => Signal(e.Name, changed);
        // Many editors save by writing a temporary file and renaming it over the issue.
        watcher.Renamed += (_, e) =>
        {
            Signal(e.OldName, changed);
            Signal(e.Name, changed);
        };
        watcher.Error += (_, e) => failed(e.GetException());
    }

    /// <summary>Starts watching; throws IOException when the system cannot (Linux caps inotify instances per user).</summary>
    public static ContentWatcher Start(string contentPath, Action<string> changed, Action<Exception> failed)
    {
        var contentWatcher = new ContentWatcher(contentPath, changed, failed);
        try
        {
            contentWatcher.watcher.EnableRaisingEvents = true;
            return contentWatcher;
        }
        catch
        {
            contentWatcher.Dispose();
            throw;
        }
    }

    public static bool IsContentFile(string? name) =>
        name is not null && (ContentFolder.IsIssueFile(name) || name.Equals(TaxonomyReader.FileName, StringComparison.OrdinalIgnoreCase));

    private static void Signal(string? name, Action<string> changed)
    {
        if (IsContentFile(name))
            changed(name!);
    }

    public void Dispose() => watcher.Dispose();
}
