using System.ServiceModel.Syndication;
using KusamaNews.Ingestion.Hosting;
using KusamaNews.Web.Operations.Caching;
using KusamaNews.Web.Site;
using KusamaNews.Web.Site.Feeds;

namespace KusamaNews.Web.Features.Topics;

/// <summary>/topics/{slug}/feed.xml: a topic's latest sections in full, in Atom.</summary>
public static class TopicFeed
{
    public static IEndpointRouteBuilder MapTopicFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet(EndpointRoutes.TopicFeed, async (string slug, TopicFeedQueries queries, PublicUrls urls, ArchiveStatus status, HttpRequest request, CancellationToken cancellationToken) =>
        {
            if (!Slugs.IsTopic(slug) || await queries.GetTopicAsync(slug, AtomFeeds.EntryCount, cancellationToken) is not { } topic)
                return Results.NotFound();
            return Results.Bytes(AtomWriter.Write(Build(topic, urls.For(request), AtomFeeds.WhenEmpty(status))), AtomWriter.ContentType);
        }).CachedByArchive(CacheProfiles.Feed);
        return app;
    }

    private static SyndicationFeed Build(FeedTopic topic, SiteAddress site, DateTimeOffset whenEmpty)
    {
        var entries = topic.Sections.Select(section => AtomFeeds.Entry(
            EntryIds.For($"section/{section.IssueMonth}/{section.Slug}"),
            section.Heading,
            site.Absolute(SitePaths.Section(section.IssueMonth, section.Slug)),
            PublicationDate.InstantOf(section.IssueMonth),
            AtomFeeds.Summary(section.PlainText),
            section.Html)).ToList();
        return AtomFeeds.Feed(
            EntryIds.For($"feed/topics/{topic.Slug}"),
            $"Kusama News: {topic.Name}",
            topic.Description,
            site,
            SitePaths.TopicFeed(topic.Slug),
            SitePaths.Topic(topic.Slug),
            entries,
            whenEmpty);
    }
}
