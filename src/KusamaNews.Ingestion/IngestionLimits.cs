namespace KusamaNews.Ingestion;

/// <summary>How much one issue file may ask of the ingester; a file past a limit is refused, not half-read.</summary>
public sealed record IngestionLimits
{
    public static readonly IngestionLimits Default = new();

    /// <summary>Largest issue file read, in bytes. A real issue is 3-6 KB.</summary>
    public long MaxFileBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Deepest nesting of blockquotes and lists Markdig will build.</summary>
    public int MaxNestingDepth { get; init; } = 32;
}
