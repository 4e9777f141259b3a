using KusamaNews.Ingestion;

namespace KusamaNews.Web.Pages.Issues;

/// <summary>An issue as a link: its month and headline.</summary>
public sealed record IssueLink
{
    public int Year { get; init; }
    public int Month { get; init; }
    public required string Headline { get; init; }

    public IssueMonth IssueMonth => new(Year, Month);
    public string Path => IssueRoute.PathOf(IssueMonth);
}

/// <summary>An issue in a list: month, headline and the heading of its lead.</summary>
public sealed record IssueSummary
{
    public int Year { get; init; }
    public int Month { get; init; }
    public required string Headline { get; init; }
    public required string LeadHeading { get; init; }

    public IssueMonth IssueMonth => new(Year, Month);
    public string Path => IssueRoute.PathOf(IssueMonth);
}

public sealed record IssueDetails
{
    public required IssueMonth Month { get; init; }
    public required string Headline { get; init; }
    public int WordCount { get; init; }
    public required IReadOnlyList<SectionView> Sections { get; init; }
    public IssueLink? Previous { get; init; }
    public IssueLink? Next { get; init; }

    public string Path => IssueRoute.PathOf(Month);
    public SectionView Lead => Sections[0];
}

public sealed record SectionView
{
    public int Ordinal { get; init; }
    public required string Heading { get; init; }
    public required string Slug { get; init; }
    public string? Html { get; init; }
    public int WordCount { get; init; }
}

public sealed record ArchivePage(int Page, int PageCount, IReadOnlyList<int> YearsWithIssues, IReadOnlyList<IssueLink> Issues);

public sealed record YearPage(int Year, IReadOnlyList<IssueSummary> Issues, int? PreviousYear, int? NextYear);
