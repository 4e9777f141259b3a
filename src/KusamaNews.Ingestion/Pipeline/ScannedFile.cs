using KusamaNews.Ingestion.Diagnostics;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Parsing;
using KusamaNews.Ingestion.Storage;
using KusamaNews.Ingestion.Topics;

namespace KusamaNews.Ingestion.Pipeline;

internal enum ScanOutcome
{
    Unchanged,
    Parsed,
    Failed,
}

/// <summary>One issue file after the scan: unchanged since the store last saw it, freshly parsed, or failed.</summary>
internal sealed record ScannedFile(string Name, SourceFacts Facts, ScanOutcome Outcome, IReadOnlyList<Diagnostic> Diagnostics)
{
    public ParsedIssue? Issue { get; init; }

    /// <summary>The topics of each parsed section, in section order.</summary>
    public IReadOnlyList<IReadOnlyList<SectionTag>> Tags { get; init; } = [];

    /// <summary>The month the file claims: the parsed one, or the stored one when unchanged.</summary>
    public IssueMonth? Month { get; init; }

    public int MonthLine { get; init; }

    /// <summary>Unchanged bytes but a new size or time on disk: the store's facts need refreshing.</summary>
    public bool FactsChanged { get; init; }
}
