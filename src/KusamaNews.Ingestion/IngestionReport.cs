using KusamaNews.Ingestion.Diagnostics;

namespace KusamaNews.Ingestion;

/// <summary>What one ingestion run did.</summary>
public sealed record IngestionReport
{
    public required int FilesRead { get; init; }
    public required int Ingested { get; init; }
    public required int Unchanged { get; init; }
    public required int Removed { get; init; }
    public required int Failed { get; init; }
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
    public required TimeSpan Elapsed { get; init; }

    /// <summary>The archive's version after the run; it goes up whenever the run changed the archive.</summary>
    public required long ArchiveVersion { get; init; }

    /// <summary>The taxonomy changed, so every section was tagged again.</summary>
    public bool Retagged { get; init; }

    /// <summary>The run looked only at the files it was told had changed (<see cref="ChangedFiles"/>), not at the whole folder.</summary>
    public bool NamedFilesOnly { get; init; }

    public bool Changed => Ingested > 0 || Removed > 0 || Retagged;
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
