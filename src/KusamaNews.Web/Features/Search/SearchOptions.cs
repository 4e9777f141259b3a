namespace KusamaNews.Web.Features.Search;

/// <summary>Search settings, bound to "Search".</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>
    /// Rank with our own bm25 (search_rank, registered through FTS5's C API) rather than FTS5's
    /// bm25(). Same scores, about four times faster on frequent words; off is the fallback.
    /// </summary>
    public bool NativeRanking { get; set; } = true;
}
