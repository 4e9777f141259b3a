namespace KusamaNews.Ingestion.Parsing;

/// <summary>One H2 section of an issue, rendered and ready to store.</summary>
public sealed record ParsedSection
{
    public required int Ordinal { get; init; }
    public required string Heading { get; init; }
    public required string Slug { get; init; }
    public required string Markdown { get; init; }
    public required string Html { get; init; }
    public required string PlainText { get; init; }
    public required int WordCount { get; init; }

    /// <summary>Line of the section's heading in the source file (1-based).</summary>
    public required int Line { get; init; }
}
