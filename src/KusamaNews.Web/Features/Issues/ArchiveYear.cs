namespace KusamaNews.Web.Features.Issues;

/// <summary>One year of the archive: its issues, drawn as a twelve-month grid.</summary>
public sealed record ArchiveYear(int Year, IReadOnlyList<IssueLink> Issues);
