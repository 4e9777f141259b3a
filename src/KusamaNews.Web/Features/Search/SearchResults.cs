using KusamaNews.Ingestion.Domain;

namespace KusamaNews.Web.Features.Search;

/// <summary>One page of a search: the issues it shows, each with its best sections, and the totals.</summary>
public sealed record SearchResults
{
    public required SearchRequest Request { get; init; }

    public int TotalSections { get; init; }

    public int TotalIssues { get; init; }

    public IReadOnlyList<IssueResult> Issues { get; init; } = [];

    /// <summary>No section has every term, so these are the sections with any of them.</summary>
    public bool MatchedAnyTerm { get; init; }

    /// <summary>The query with a misspelt word corrected from the index's vocabulary, when that finds something.</summary>
    public string? Suggestion { get; init; }

    /// <summary>Topics whose names match the query's words, offered when nothing matched.</summary>
    public IReadOnlyList<TopicLink> MatchingTopics { get; init; } = [];

    /// <summary>Every topic, for the filter.</summary>
    public IReadOnlyList<TopicLink> Topics { get; init; } = [];

    public int PageCount => (TotalIssues + SearchRequest.IssuesPerPage - 1) / SearchRequest.IssuesPerPage;
}

public sealed record IssueResult(IssueMonth Month, string Headline, int MatchingSections, IReadOnlyList<SectionResult> Sections)
{
    public string Path => SitePaths.Issue(Month);

    public int MoreSections => MatchingSections - Sections.Count;
}

/// <param name="HeadingHtml">The heading, HTML-escaped, with the matched terms in &lt;mark&gt;.</param>
/// <param name="SnippetHtml">A passage of the text around the matches, escaped and marked likewise.</param>
/// <param name="Url">The section page, asking it to highlight the words that matched.</param>
/// <param name="Score">bm25 with headings weighted above text: higher is better.</param>
public sealed record SectionResult(IssueMonth Month, string Heading, string HeadingHtml, string SnippetHtml, string Url, double Score);

public sealed record TopicLink(string Slug, string Name)
{
    public string Path => SitePaths.Topic(Slug);
}
