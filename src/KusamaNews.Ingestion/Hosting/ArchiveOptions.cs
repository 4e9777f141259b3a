using System.ComponentModel.DataAnnotations;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Ingestion.Hosting;

/// <summary>The "Archive" settings. Both names are public: appsettings.json, Archive__ContentPath, --Archive:ContentPath.</summary>
public sealed class ArchiveOptions
{
    public const string SectionName = "Archive";

    /// <summary>The folder of issue files. Empty: the repository's content/ folder.</summary>
    [Required]
    public string ContentPath { get; set; } = "";

    /// <summary>The SQLite file. Empty: App_Data/kusamanews.db under the app's content root.</summary>
    [Required]
    public string DatabasePath { get; set; } = "";

    /// <summary>Largest issue file read, in bytes.</summary>
    [Range(1024, int.MaxValue)]
    public long MaxFileBytes { get; set; } = IngestionLimits.Default.MaxFileBytes;

    /// <summary>Log every SQL statement the site runs (category KusamaNews.Sql, Debug level).</summary>
    public bool TraceSql { get; set; }

    /// <summary>Deepest nesting of blockquotes and lists in an issue.</summary>
    [Range(4, 1000)]
    public int MaxNestingDepth { get; set; } = IngestionLimits.Default.MaxNestingDepth;

    /// <summary>The ingester's SQLite page cache, in MB: less saves memory on a small host, at some ingestion speed.</summary>
    [Range(1, 4096)]
    public int WriterCacheMegabytes { get; set; } = ArchiveDatabase.DefaultWriterCacheMegabytes;

    /// <summary>When the site ingests the content folder: at start and on every change (Watch), at start only, or never (Off: a replica serving a built database).</summary>
    public IngestionMode Ingestion { get; set; } = IngestionMode.Watch;

    /// <summary>How long the content folder must stay quiet after a change before it is ingested: a burst of saves is one ingestion.</summary>
    [Range(10, 60_000)]
    public int WatchDelayMilliseconds { get; set; } = 1000;
}
