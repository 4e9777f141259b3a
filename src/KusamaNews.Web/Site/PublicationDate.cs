using KusamaNews.Ingestion.Domain;

namespace KusamaNews.Web.Site;

/// <summary>
/// When an issue counts as published, for feeds, the sitemap and structured data: the first day of
/// its month. It depends on the content alone, so a database rebuilt from the same files (on a
/// replica, on a fresh clone) dates every entry the same and feed readers see nothing new.
/// </summary>
public static class PublicationDate
{
    public static DateOnly Of(IssueMonth month) => new(month.Year, month.Month, 1);

    public static DateTimeOffset InstantOf(IssueMonth month) => new(Of(month), TimeOnly.MinValue, TimeSpan.Zero);
}
