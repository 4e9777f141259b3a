using KusamaNews.Web.Archive;
using KusamaNews.Web.Operations.Caching;
using KusamaNews.Web.Features.Topics;
using KusamaNews.Web.Site;
using KusamaNews.Web.Site.Urls;

namespace KusamaNews.Web.Feeds;

public static class FeedEndpoints
{
    /// <summary>/feed.xml (the latest issues) and /topics/{slug}/feed.xml (a topic's latest sections), in Atom.</summary>
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet(SitePaths.SiteFeed, async (FeedQueries queries, PublicUrls urls, ArchiveStatus status, HttpRequest request, CancellationToken cancellationToken) =>
        {
            var issues = await queries.ListLatestIssuesAsync(FeedBuilder.EntryCount, cancellationToken);
            var site = urls.For(request);
            return Results.Bytes(AtomWriter.Write(FeedBuilder.ForIssues(issues, site, WhenEmpty(status))), AtomWriter.ContentType);
        }).CachedByArchive(CacheProfiles.Feed);

        app.MapGet(SitePaths.TopicFeed("{slug}"), async (string slug, FeedQueries queries, PublicUrls urls, ArchiveStatus status, HttpRequest request, CancellationToken cancellationToken) =>
        {
            if (!Slugs.IsTopic(slug) || await queries.GetTopicAsync(slug, FeedBuilder.EntryCount, cancellationToken) is not { } topic)
                return Results.NotFound();
            var site = urls.For(request);
            return Results.Bytes(AtomWriter.Write(FeedBuilder.ForTopic(topic, site, WhenEmpty(status))), AtomWriter.ContentType);
        }).CachedByArchive(CacheProfiles.Feed);
        return app;
    }

    // A feed without entries still needs an updated time: when the archive last changed.
    private static DateTimeOffset WhenEmpty(ArchiveStatus status) =>
        status.Served?.ChangedUtc ?? status.Served?.LastIngestedUtc ?? DateTimeOffset.UnixEpoch;
}
