namespace KusamaNews.Ingestion.Domain;

/// <summary>
/// A section's id, in Sections and as its rowid in SearchIndex: (Year * 100 + Month) * 1e9 + Ordinal
/// (Schema.sql). Ingestion gives it, knowing both, so no table maps one id to the other. Id
/// order is issue order: a year range is an id range, and an issue's sections are adjacent.
/// </summary>
public static class SectionId
{
    private const long IssueFactor = 1_000_000_000;

    public static long Of(IssueMonth month, int ordinal) => ((month.Year * 100L) + month.Month) * IssueFactor + ordinal;

    public static long IssueKey(long id) => id / IssueFactor;

    public static IssueMonth Month(long id)
    {
        var key = IssueKey(id);
        return new IssueMonth((int)(key / 100), (int)(key % 100));
    }

    public static int Ordinal(long id) => (int)(id % IssueFactor);

    /// <summary>The first id of the first month of <paramref name="year"/>.</summary>
    public static long FirstOf(int year) => year * 100L * IssueFactor;

    /// <summary>The last possible id of the last month of <paramref name="year"/>.</summary>
    public static long LastOf(int year) => ((year * 100L) + 99) * IssueFactor + (IssueFactor - 1);
}
