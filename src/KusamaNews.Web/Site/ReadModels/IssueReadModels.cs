using KusamaNews.Ingestion.Domain;

namespace KusamaNews.Web.Site.ReadModels;

/// <summary>An issue as a link: its month and headline.</summary>
public sealed record IssueLink
{
    public int Year { get; init; }
    public int Month { get; init; }
    public required string Headline { get; init; }

    public IssueMonth IssueMonth => new(Year, Month);
    public string Path => SitePaths.Issue(IssueMonth);
}

/// <summary>An issue in a list: month, headline and the heading of its lead.</summary>
public sealed record IssueSummary
{
    public int Year { get; init; }
    public int Month { get; init; }
    public required string Headline { get; init; }
    public required string LeadHeading { get; init; }

    public IssueMonth IssueMonth => new(Year, Month);
    public string Path => SitePaths.Issue(IssueMonth);
}

public sealed record IssueDetails
{
    public required IssueMonth Month { get; init; }
    public required string Headline { get; init; }
    public int WordCount { get; init; }
    public required IReadOnlyList<SectionView> Sections { get; init; }
    public IssueLink? Previous { get; init; }
    public IssueLink? Next { get; init; }

    public string Path => SitePaths.Issue(Month);
    public SectionView Lead => Sections[0];

    /// <summary>Every topic of the issue's sections, each once, in the order the sections bring them.</summary>
    public IReadOnlyList<TopicTag> Tags => [.. Sections.SelectMany(s => s.Tags).DistinctBy(t => t.Slug)];
}

public record SectionView
{
    private IReadOnlyList<TopicTag>? tags;

    public int Ordinal { get; init; }
    public required string Heading { get; init; }
    public required string Slug { get; init; }
    public string? Html { get; init; }
    public int WordCount { get; init; }

    /// <summary>The section's tags as the query packs them (see <see cref="TopicTag.Sql"/>).</summary>
    public string? TagData { get; init; }

    public IReadOnlyList<TopicTag> Tags => tags ??= TopicTag.Parse(TagData);

    /// <summary>The section's beat: its primary tag of rank 0, if it has one.</summary>
    public TopicTag? Beat => Tags.FirstOrDefault(t => t is { IsPrimary: true, Rank: 0 });
}
