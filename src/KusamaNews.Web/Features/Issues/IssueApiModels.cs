namespace KusamaNews.Web.Features.Issues;

// What the issues' JSON returns. Every item carries its absolute URLs: "url" is the page a reader
// opens, "apiUrl" the JSON of the same thing. Property names become camelCase.

public sealed record ApiIssueList(int Count, IReadOnlyList<ApiIssueSummary> Issues);

public sealed record ApiIssueSummary(string Id, int Year, int Month, string Headline, string LeadHeading, int SectionCount, int WordCount, string Url, string ApiUrl);

public sealed record ApiIssue(
    string Id, int Year, int Month, string Headline, int WordCount, string Url, string ApiUrl,
    IReadOnlyList<ApiTag> Tags, IReadOnlyList<ApiSection> Sections, ApiIssueLink? Previous, ApiIssueLink? Next);

public sealed record ApiIssueLink(string Id, string Headline, string Url, string ApiUrl);

/// <summary>A section with its HTML as the site shows it (made safe at ingestion).</summary>
public sealed record ApiSection(int Ordinal, string Slug, string Heading, int WordCount, string Url, IReadOnlyList<ApiTag> Tags, string Html);

/// <summary>A topic as a tag; <c>primary</c> when a term of the topic is in the section's heading.</summary>
public sealed record ApiTag(string Slug, string Name, bool Primary, string Url, string FeedUrl);
