using System.ServiceModel.Syndication;
using KusamaNews.Ingestion.Hosting;

namespace KusamaNews.Web.Site.Feeds;

/// <summary>What the site's Atom feeds share: how many entries, a feed's links and author, an entry with its full HTML and a stable id.</summary>
public static class AtomFeeds
{
    public const int EntryCount = 20;
    private const int SummaryLength = 400;

    public static SyndicationFeed Feed(
        string id, string title, string subtitle, SiteAddress site, string selfPath, string alternatePath, List<SyndicationItem> entries, DateTimeOffset whenEmpty)
    {
        var feed = new SyndicationFeed(entries)
        {
            Id = id,
            Title = new TextSyndicationContent(XmlText.Clean(title)),
            Description = new TextSyndicationContent(XmlText.Clean(subtitle)),
            // Relative links inside entries' HTML resolve against the site.
            BaseUri = new Uri(site.Absolute(SitePaths.Home)),
            LastUpdatedTime = entries.Count > 0 ? entries.Max(e => e.PublishDate) : whenEmpty,
        };
        feed.Links.Add(Link(site.Absolute(selfPath), "self", "application/atom+xml"));
        feed.Links.Add(Link(site.Absolute(alternatePath), "alternate", "text/html"));
        feed.Authors.Add(new SyndicationPerson { Name = "Kusama News" });
        return feed;
    }

    public static SyndicationItem Entry(string id, string title, string url, DateTimeOffset published, string summary, string html)
    {
        var entry = new SyndicationItem
        {
            Id = id,
            Title = new TextSyndicationContent(XmlText.Clean(title)),
            PublishDate = published,
            LastUpdatedTime = published,
            Summary = new TextSyndicationContent(XmlText.Clean(summary)),
            Content = new TextSyndicationContent(XmlText.Clean(html), TextSyndicationContentKind.Html),
        };
        entry.Links.Add(Link(url, "alternate", "text/html"));
        return entry;
    }

    /// <summary>The first paragraph, its source line breaks made spaces, cut at a word to at most 400 characters.</summary>
    public static string Summary(string plainText)
    {
        var paragraph = plainText.Split("\n\n", 2)[0].ReplaceLineEndings(" ");
        return Excerpt.Of(paragraph, SummaryLength);
    }

    /// <summary>A feed without entries still needs an updated time: when the archive last changed.</summary>
    public static DateTimeOffset WhenEmpty(ArchiveStatus status) =>
        status.Served?.ChangedUtc ?? status.Served?.LastIngestedUtc ?? DateTimeOffset.UnixEpoch;

    private static SyndicationLink Link(string url, string rel, string mediaType) => new(new Uri(url), rel, title: null, mediaType, length: 0);
}
