namespace KusamaNews.Web.Site.ReadModels;

/// <summary>A topic in a list: what it is and how much the archive holds on it.</summary>
public sealed record TopicSummary
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required string Description { get; init; }
    public string? Parent { get; init; }
    public int SectionCount { get; init; }
    public int IssueCount { get; init; }

    public string Path => SitePaths.Topic(Slug);
}
