using KusamaNews.Ingestion.Domain;
using KusamaNews.Web.Operations.Caching;
using KusamaNews.Web.Site.Api;

namespace KusamaNews.Web.Features.Issues;

/// <summary>The issues in JSON: /api/issues and /api/issues/{yyyy}/{mm}.</summary>
public static class IssueApi
{
    public static IEndpointRouteBuilder MapIssueApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(EndpointRoutes.IssueList, ListIssuesAsync).CachedByArchive(CacheProfiles.Api);
        app.MapGet(EndpointRoutes.Issue, GetIssueAsync).CachedByArchive(CacheProfiles.Api);
        return app;
    }

    private static async Task<IResult> ListIssuesAsync(IssueListQueries queries, PublicUrls urls, HttpRequest request, CancellationToken cancellationToken)
    {
        var site = urls.For(request);
        var issues = (await queries.ListIssuesAsync(cancellationToken)).Select(row =>
        {
            var month = new IssueMonth(row.Year, row.Month);
            return new ApiIssueSummary(month.ToString(), row.Year, row.Month, row.Headline, row.LeadHeading, row.SectionCount, row.WordCount,
                site.Absolute(SitePaths.Issue(month)), site.Absolute(SitePaths.IssueApi(month)));
        }).ToList();
        return Results.Json(new ApiIssueList(issues.Count, issues), ApiJson.Options);
    }

    private static async Task<IResult> GetIssueAsync(string year, string month, IssueQueries queries, PublicUrls urls, HttpRequest request, CancellationToken cancellationToken)
    {
        // Only the canonical form: scripts should use the URLs the API hands out.
        if (!IssueRoute.TryParse(year, month, out var issueMonth, out var isCanonical) || !isCanonical)
            return ApiResults.NotFound("An issue is /api/issues/{yyyy}/{mm}, for example /api/issues/2024/06.");
        if (await queries.GetIssueAsync(issueMonth, cancellationToken) is not { } issue)
            return ApiResults.NotFound($"There is no issue for {issueMonth.DisplayName}.");

        var site = urls.For(request);
        ApiIssueLink? Link(IssueLink? link) => link is null ? null
            : new(link.IssueMonth.ToString(), link.Headline, site.Absolute(link.Path), site.Absolute(SitePaths.IssueApi(link.IssueMonth)));
        List<ApiTag> Tags(IEnumerable<TopicTag> tags) =>
            [.. tags.Select(t => new ApiTag(t.Slug, t.Name, t.IsPrimary, site.Absolute(t.Path), site.Absolute(SitePaths.TopicFeed(t.Slug))))];

        return Results.Json(new ApiIssue(
            issue.Month.ToString(), issue.Month.Year, issue.Month.Month, issue.Headline, issue.WordCount,
            site.Absolute(issue.Path), site.Absolute(SitePaths.IssueApi(issue.Month)),
            Tags(issue.Tags),
            [.. issue.Sections.Select(s => new ApiSection(s.Ordinal, s.Slug, s.Heading, s.WordCount,
                site.Absolute(SitePaths.Section(issue.Month, s.Slug)), Tags(s.Tags), s.Html ?? ""))],
            Link(issue.Previous), Link(issue.Next)), ApiJson.Options);
    }
}
