namespace KusamaNews.Web.Features.Issues;

/// <summary>A page of /issues: its years that have issues and their issues.</summary>
public sealed record ArchivePage(int Page, int PageCount, IReadOnlyList<int> YearsWithIssues, IReadOnlyList<IssueLink> Issues);

/// <summary>/issues/{yyyy}: the year's issues and the years with issues on either side.</summary>
public sealed record YearPage(int Year, IReadOnlyList<IssueSummary> Issues, int? PreviousYear, int? NextYear);
