using KusamaNews.Ingestion.Domain;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>One issue file, parsed: its month, headline, front matter tags and sections (the first is the lead).</summary>
public sealed record ParsedIssue
{
    public required IssueMonth Month { get; init; }
    public required string Headline { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>Line of the front matter's tags, for reports about them (0: no tags).</summary>
    public int TagsLine { get; init; }
    public required IReadOnlyList<ParsedSection> Sections { get; init; }

    /// <summary>Line that states the month (the masthead, or the front matter date).</summary>
    public required int MonthLine { get; init; }

    public int WordCount => Sections.Sum(s => s.WordCount);
}
