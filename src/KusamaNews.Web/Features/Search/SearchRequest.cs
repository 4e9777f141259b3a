using System.Globalization;
using System.Text;
using KusamaNews.Ingestion.Domain;

namespace KusamaNews.Web.Features.Search;

/// <summary>
/// A search as its URL states it: /search?q=…&amp;topic=…&amp;from=…&amp;to=…&amp;sort=…&amp;page=…. Read
/// leniently (a value that makes no sense is dropped, never an error) and written back one way, so a
/// search can be shared, bookmarked and paged.
/// </summary>
public sealed record SearchRequest
{
    public const int IssuesPerPage = 10;
    public const int MaxPage = 1000;

    public required ParsedQuery Query { get; init; }

    /// <summary>A topic slug (lower-case letters, digits and hyphens), or null for every topic.</summary>
    public string? Topic { get; init; }

    public int? FromYear { get; init; }

    public int? ToYear { get; init; }

    public SearchSort Sort { get; init; }

    public int Page { get; init; } = 1;

    public bool HasFilters => Topic is not null || FromYear is not null || ToYear is not null;

    public static SearchRequest Read(string? q, string? topic = null, string? from = null, string? to = null, string? sort = null, string? page = null)
    {
        var fromYear = Year(from);
        var toYear = Year(to);
        if (fromYear > toYear)
            (fromYear, toYear) = (toYear, fromYear);
        return new SearchRequest
        {
            Query = ParsedQuery.Parse(q),
            Topic = Slugs.IsTopic(topic) ? topic : null,
            FromYear = fromYear,
            ToYear = toYear,
            Sort = sort switch
            {
                "newest" => SearchSort.Newest,
                "oldest" => SearchSort.Oldest,
                _ => SearchSort.Relevance,
            },
            Page = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Clamp(number, 1, MaxPage) : 1,
        };
    }

    public static string SortName(SearchSort sort) => sort switch
    {
        SearchSort.Newest => "newest",
        SearchSort.Oldest => "oldest",
        _ => "relevance",
    };

    /// <summary>This search's URL, optionally for another page or query text; defaults are left out.</summary>
    public string Url(int? page = null, string? text = null)
    {
        var query = new StringBuilder(SitePaths.Search);
        void Add(string name, string? value)
        {
            if (string.IsNullOrEmpty(value))
                return;
            query.Append(query.Length == SitePaths.Search.Length ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }
        Add("q", text ?? Query.Text);
        Add("topic", Topic);
        Add("from", FromYear?.ToString(CultureInfo.InvariantCulture));
        Add("to", ToYear?.ToString(CultureInfo.InvariantCulture));
        Add("sort", Sort == SearchSort.Relevance ? null : SortName(Sort));
        var number = page ?? Page;
        Add("page", number == 1 ? null : number.ToString(CultureInfo.InvariantCulture));
        return query.ToString();
    }

    private static int? Year(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && IssueMonth.IsValid(year, 1) ? year : null;
}
