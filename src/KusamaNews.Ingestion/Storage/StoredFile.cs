using KusamaNews.Ingestion.Domain;

namespace KusamaNews.Ingestion.Storage;

/// <summary>What the store remembers of an issue file, to tell whether it changed since.</summary>
internal sealed class StoredFile
{
    public required string SourceFile { get; init; }
    public long SourceLength { get; init; }
    public long SourceModifiedTicks { get; init; }
    public required string ContentHash { get; init; }
    public int Year { get; init; }
    public int Month { get; init; }
    public int MonthLine { get; init; }

    public IssueMonth IssueMonth => new(Year, Month);
}
