using KusamaNews.Web.Operations.Caching;
using KusamaNews.Web.Site.Api;

namespace KusamaNews.Web.Features.Topics;

/// <summary>The topics in JSON: /api/topics.</summary>
public static class TopicApi
{
    public static IEndpointRouteBuilder MapTopicApi(this IEndpointRouteBuilder app)
    {
        app.MapGet(EndpointRoutes.TopicList, ListTopicsAsync).CachedByArchive(CacheProfiles.Api);
        return app;
    }

    private static async Task<IResult> ListTopicsAsync(TopicQueries queries, PublicUrls urls, HttpRequest request, CancellationToken cancellationToken)
    {
        var site = urls.For(request);
        var topics = (await queries.ListTopicsAsync(cancellationToken))
            .Select(t => new ApiTopic(t.Slug, t.Name, t.Description, t.Parent, t.SectionCount, t.IssueCount, site.Absolute(t.Path), site.Absolute(SitePaths.TopicFeed(t.Slug))))
            .ToList();
        return Results.Json(new ApiTopicList(topics.Count, topics), ApiJson.Options);
    }
}

public sealed record ApiTopicList(int Count, IReadOnlyList<ApiTopic> Topics);

public sealed record ApiTopic(string Slug, string Name, string Description, string? Parent, int SectionCount, int IssueCount, string Url, string FeedUrl);
