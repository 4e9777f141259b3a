using KusamaNews.Ingestion;

namespace KusamaNews.Web.Search;

/// <summary>
/// A section's rowid in SearchIndex: (Year * 100 + Month) * 1e9 + Ordinal (migration 0005). Rowid
/// order is issue order, so a year range is a rowid range and an issue's sections are adjacent.
/// </summary>
public static class DocId
{
    private const long IssueFactor = 1_000_000_000;

    public static long IssueKey(long docId) => docId / IssueFactor;

    public static IssueMonth Month(long docId)
    {
        var key = IssueKey(docId);
        return new IssueMonth((int)(key / 100), (int)(key % 100));
    }

    public static int Ordinal(long docId) => (int)(docId % IssueFactor);

    /// <summary>The first rowid of the first month of <paramref name="year"/>.</summary>
    public static long FirstOf(int year) => year * 100L * IssueFactor;

    /// <summary>The last possible rowid of the last month of <paramref name="year"/>.</summary>
    public static long LastOf(int year) => ((year * 100L) + 99) * IssueFactor + (IssueFactor - 1);
}
