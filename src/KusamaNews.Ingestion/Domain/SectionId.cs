namespace KusamaNews.Ingestion.Domain;

/// <summary>
/// A section's id, in Sections and as its rowid in SearchIndex: its issue's month as
/// <see cref="IssueMonth.MonthKey"/> (202406) times 1e9, plus its ordinal (Schema.sql). Ingestion gives
/// it, knowing both, so no table maps one id to the other. Id order is issue order: a year range is
/// an id range, and an issue's sections are adjacent.
/// </summary>
public static class SectionId
{
    private const long IssueFactor = 1_000_000_000;

    public static long Of(IssueMonth month, int ordinal) => month.MonthKey * IssueFactor + ordinal;

    /// <summary>The issue's month as <see cref="IssueMonth.MonthKey"/>: one number per issue, in issue order.</summary>
    public static long IssueKey(long id) => id / IssueFactor;

    public static IssueMonth Month(long id) => IssueMonth.FromMonthKey(IssueKey(id));

    public static int Ordinal(long id) => (int)(id % IssueFactor);

    /// <summary>Below every id of <paramref name="year"/>: the first possible one of its January.</summary>
    public static long FirstOf(int year) => Of(new IssueMonth(year, 1), 0);

    /// <summary>Above every id of <paramref name="year"/>: the last possible one of its December.</summary>
    public static long LastOf(int year) => Of(new IssueMonth(year, 12), (int)(IssueFactor - 1));
}
