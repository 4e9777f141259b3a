using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using KusamaNews.Ingestion.Hosting;
using KusamaNews.Web.Operations.Caching;
using KusamaNews.Web.Site;
using KusamaNews.Web.Site.Feeds;

namespace KusamaNews.Web.Features.FrontPage;

/// <summary>/feed.xml: the latest issues in full, in Atom, as the front page shows them.</summary>
public static class SiteFeed
{
    public static IEndpointRouteBuilder MapSiteFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet(SitePaths.SiteFeed, async (SiteFeedQueries queries, PublicUrls urls, ArchiveStatus status, HttpRequest request, CancellationToken cancellationToken) =>
        {
            var issues = await queries.ListLatestIssuesAsync(AtomFeeds.EntryCount, cancellationToken);
            return Results.Bytes(AtomWriter.Write(Build(issues, urls.For(request), AtomFeeds.WhenEmpty(status))), AtomWriter.ContentType);
        }).CachedByArchive(CacheProfiles.Feed);
        return app;
    }

    internal static SyndicationFeed Build(IReadOnlyList<FeedIssue> issues, SiteAddress site, DateTimeOffset whenEmpty)
    {
        var entries = issues.Select(issue => AtomFeeds.Entry(
            EntryIds.For($"issue/{issue.Month}"),
            issue.Headline,
            site.Absolute(SitePaths.Issue(issue.Month)),
            PublicationDate.InstantOf(issue.Month),
            issue.Sections.Count > 0 ? AtomFeeds.Summary(issue.Sections[0].PlainText) : "",
            IssueHtml(issue))).ToList();
        return AtomFeeds.Feed(
            EntryIds.For("feed"),
            "Kusama News",
            "The monthly newsletter of the Kusama network: the latest issues in full.",
            site,
            SitePaths.SiteFeed,
            SitePaths.Home,
            entries,
            whenEmpty);
    }

    /// <summary>The whole issue as one HTML fragment: each section under its heading. Section HTML was made safe at ingestion.</summary>
    private static string IssueHtml(FeedIssue issue)
    {
        var html = new StringBuilder();
        foreach (var section in issue.Sections)
            html.Append("<h2>").Append(WebUtility.HtmlEncode(section.Heading)).Append("</h2>\n").Append(section.Html).Append('\n');
        return html.ToString();
    }
}
