using KusamaNews.Web.Site.Api;

namespace KusamaNews.Web.Features.Search;

/// <summary>
/// /api/search takes the page's parameters and answers with the same results as JSON, sections in
/// the order the page shows them. Headings and headlines are text; snippets are HTML: escaped text
/// with the matches in &lt;mark&gt;. The serializer escapes &lt;, &gt; and &amp; in every string.
/// </summary>
public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SitePaths.SearchApi, GetAsync);
        return endpoints;
    }

    public static async Task<IResult> GetAsync(
        SearchQueries queries, string? q, string? topic, string? from, string? to, string? sort,
        [FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        var request = SearchRequest.Read(q, topic, from, to, sort, page);
        var results = await queries.SearchAsync(request, cancellationToken);
        return Results.Json(new SearchResponse
        {
            Query = request.Query.Text,
            Problem = request.Query.Problem.ToString(),
            Page = request.Page,
            PageCount = results.PageCount,
            TotalSections = results.TotalSections,
            TotalIssues = results.TotalIssues,
            MatchedAnyTerm = results.MatchedAnyTerm,
            Suggestion = results.Suggestion,
            Results = [.. results.Issues.SelectMany(issue => issue.Sections.Select(section => new SearchResponseSection
            {
                Month = section.Month.ToString(),
                IssueUrl = issue.Path,
                Headline = issue.Headline,
                Url = section.Url,
                Heading = section.Heading,
                Snippet = section.SnippetHtml,
                Score = Math.Round(section.Score, 6),
            }))],
        }, ApiJson.Options); // escapes < > & ' in every string, as the rest of the API
    }
}

public sealed record SearchResponse
{
    public required string Query { get; init; }
    public required string Problem { get; init; }
    public int Page { get; init; }
    public int PageCount { get; init; }
    public int TotalSections { get; init; }
    public int TotalIssues { get; init; }
    public bool MatchedAnyTerm { get; init; }
    public string? Suggestion { get; init; }
    public required IReadOnlyList<SearchResponseSection> Results { get; init; }
}

public sealed record SearchResponseSection
{
    public required string Month { get; init; }
    public required string IssueUrl { get; init; }
    public required string Headline { get; init; }
    public required string Url { get; init; }
    public required string Heading { get; init; }
    public required string Snippet { get; init; }
    public double Score { get; init; }
}
