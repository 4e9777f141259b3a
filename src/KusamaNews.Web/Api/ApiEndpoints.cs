using KusamaNews.Ingestion;
using KusamaNews.Web.Feeds;
using KusamaNews.Web.Operations.Caching;
using KusamaNews.Web.Pages.Issues;
using KusamaNews.Web.Pages.Topics;
using KusamaNews.Web.Site;

namespace KusamaNews.Web.Api;

/// <summary>The read-only JSON API: /api/issues, /api/issues/{yyyy}/{mm}, /api/topics. Anything else under /api is a JSON 404.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapArchiveApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/issues", ListIssuesAsync).CachedByArchive(CacheProfiles.Api);
        api.MapGet("/issues/{year}/{month}", GetIssueAsync).CachedByArchive(CacheProfiles.Api);
        api.MapGet("/topics", ListTopicsAsync).CachedByArchive(CacheProfiles.Api);
        api.MapFallback("{**path}", () => NotFound("There is no such API resource. The API has /api/issues, /api/issues/{yyyy}/{mm} and /api/topics."));
        return app;
    }

    public static string IssuePath(IssueMonth month) => $"/api{IssueRoute.PathOf(month)}";

    private static async Task<IResult> ListIssuesAsync(ApiQueries queries, PublicUrls urls, HttpRequest request, CancellationToken cancellationToken)
    {
        var site = urls.For(request);
        var issues = (await queries.ListIssuesAsync(cancellationToken)).Select(row =>
        {
            var month = new IssueMonth(row.Year, row.Month);
            return new ApiIssueSummary(month.ToString(), row.Year, row.Month, row.Headline, row.LeadHeading, row.SectionCount, row.WordCount,
                site.Absolute(IssueRoute.PathOf(month)), site.Absolute(IssuePath(month)));
        }).ToList();
        return Results.Json(new ApiIssueList(issues.Count, issues), ApiJson.Options);
    }

    private static async Task<IResult> GetIssueAsync(string year, string month, IssueQueries queries, PublicUrls urls, HttpRequest request, CancellationToken cancellationToken)
    {
        // Only the canonical form: scripts should use the URLs the API hands out.
        if (!IssueRoute.TryParse(year, month, out var issueMonth, out var isCanonical) || !isCanonical)
            return NotFound("An issue is /api/issues/{yyyy}/{mm}, for example /api/issues/2024/06.");
        if (await queries.GetIssueAsync(issueMonth, cancellationToken) is not { } issue)
            return NotFound($"There is no issue for {issueMonth.DisplayName}.");

        var site = urls.For(request);
        ApiIssueLink? Link(IssueLink? link) => link is null ? null
            : new(link.IssueMonth.ToString(), link.Headline, site.Absolute(link.Path), site.Absolute(IssuePath(link.IssueMonth)));
        List<ApiTag> Tags(IEnumerable<TopicTag> tags) =>
            [.. tags.Select(t => new ApiTag(t.Slug, t.Name, t.IsPrimary, site.Absolute(t.Path), site.Absolute(FeedLink.TopicPath(t.Slug))))];

        return Results.Json(new ApiIssue(
            issue.Month.ToString(), issue.Month.Year, issue.Month.Month, issue.Headline, issue.WordCount,
            site.Absolute(issue.Path), site.Absolute(IssuePath(issue.Month)),
            Tags(issue.Tags),
            [.. issue.Sections.Select(s => new ApiSection(s.Ordinal, s.Slug, s.Heading, s.WordCount,
                site.Absolute(IssueRoute.PathOf(issue.Month, s.Slug)), Tags(s.Tags), s.Html ?? ""))],
            Link(issue.Previous), Link(issue.Next)), ApiJson.Options);
    }

    private static async Task<IResult> ListTopicsAsync(TopicQueries queries, PublicUrls urls, HttpRequest request, CancellationToken cancellationToken)
    {
        var site = urls.For(request);
        var topics = (await queries.ListTopicsAsync(cancellationToken))
            .Select(t => new ApiTopic(t.Slug, t.Name, t.Description, t.Parent, t.SectionCount, t.IssueCount, site.Absolute(t.Path), site.Absolute(FeedLink.TopicPath(t.Slug))))
            .ToList();
        return Results.Json(new ApiTopicList(topics.Count, topics), ApiJson.Options);
    }

    private static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
