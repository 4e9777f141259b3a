using System.Globalization;

namespace KusamaNews.Web.Features.Search;

/// <summary>/search: the search form with its filters, and a page of results grouped by issue.</summary>
public sealed class IndexModel(SearchQueries queries) : PageModel, IHasPageMetadata
{
    public SearchResults Results { get; private set; } = null!;

    public SearchRequest Searched => Results.Request;

    public PageMetadata Metadata => Searched.Query.Text.Length == 0
        ? new("Search", "Search every issue of Kusama News for the sections that mention your words.", SitePaths.Search)
        : new(Title, $"Sections of Kusama News that match “{Searched.Query.Text}”.", Searched.Url()) { NoIndex = true };

    private string Title =>
        Searched.Page == 1
            ? $"Search: {Searched.Query.Text}"
            : string.Create(CultureInfo.InvariantCulture, $"Search: {Searched.Query.Text}, page {Searched.Page}");

    // "page" is bound by name from the query: it is also Razor Pages' own route value.
    public async Task OnGetAsync(string? q, string? topic, string? from, string? to, string? sort,
        [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken) =>
        Results = await queries.SearchAsync(SearchRequest.Read(q, topic, from, to, sort, pageNumber), cancellationToken);

    public static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? one : many)}");
}
