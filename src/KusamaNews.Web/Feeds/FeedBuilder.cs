using System.Net;
using System.ServiceModel.Syndication;
using System.Text;
using KusamaNews.Web.Site.Layout;
using KusamaNews.Web.Features.Issues;
using KusamaNews.Web.Site;
using KusamaNews.Web.Site.Urls;

namespace KusamaNews.Web.Feeds;

/// <summary>Turns what the feed queries read into Atom feeds: each entry with its full HTML and a stable id.</summary>
internal static class FeedBuilder
{
    public const int EntryCount = 20;
    private const int SummaryLength = 400;

    public static SyndicationFeed ForIssues(IReadOnlyList<FeedIssue> issues, SiteAddress site, DateTimeOffset whenEmpty)
    {
        var entries = issues.Select(issue => Entry(
            EntryIds.For($"issue/{issue.Month}"),
            issue.Headline,
            site.Absolute(SitePaths.Issue(issue.Month)),
            PublicationDate.InstantOf(issue.Month),
            issue.Sections.Count > 0 ? Summary(issue.Sections[0].PlainText) : "",
            IssueHtml(issue))).ToList();
        return Feed(
            EntryIds.For("feed"),
            "Kusama News",
            "The monthly newsletter of the Kusama network: the latest issues in full.",
            site,
            SitePaths.SiteFeed,
            SitePaths.Home,
            entries,
            whenEmpty);
    }

    public static SyndicationFeed ForTopic(FeedTopic topic, SiteAddress site, DateTimeOffset whenEmpty)
    {
        var entries = topic.Sections.Select(section => Entry(
            EntryIds.For($"section/{section.IssueMonth}/{section.Slug}"),
            section.Heading,
            site.Absolute(SitePaths.Section(section.IssueMonth, section.Slug)),
            PublicationDate.InstantOf(section.IssueMonth),
            Summary(section.PlainText),
            section.Html)).ToList();
        return Feed(
            EntryIds.For($"feed/topics/{topic.Slug}"),
            $"Kusama News: {topic.Name}",
            topic.Description,
            site,
            SitePaths.TopicFeed(topic.Slug),
            SitePaths.Topic(topic.Slug),
            entries,
            whenEmpty);
    }

    private static SyndicationFeed Feed(
        string id, string title, string subtitle, SiteAddress site, string selfPath, string alternatePath, List<SyndicationItem> entries, DateTimeOffset whenEmpty)
    {
        var feed = new SyndicationFeed(entries)
        {
            Id = id,
            Title = new TextSyndicationContent(XmlText.Clean(title)),
            Description = new TextSyndicationContent(XmlText.Clean(subtitle)),
            // Relative links inside entries' HTML resolve against the site.
            BaseUri = new Uri(site.Absolute("/")),
            LastUpdatedTime = entries.Count > 0 ? entries.Max(e => e.PublishDate) : whenEmpty,
        };
        feed.Links.Add(Link(site.Absolute(selfPath), "self", "application/atom+xml"));
        feed.Links.Add(Link(site.Absolute(alternatePath), "alternate", "text/html"));
        feed.Authors.Add(new SyndicationPerson { Name = "Kusama News" });
        return feed;
    }

    private static SyndicationItem Entry(string id, string title, string url, DateTimeOffset published, string summary, string html)
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

    private static SyndicationLink Link(string url, string rel, string mediaType) => new(new Uri(url), rel, title: null, mediaType, length: 0);

    /// <summary>The first paragraph, its source line breaks made spaces, cut at a word to at most 400 characters.</summary>
    private static string Summary(string plainText)
    {
        var paragraph = plainText.Split("\n\n", 2)[0].ReplaceLineEndings(" ");
        return Excerpt.Of(paragraph, SummaryLength);
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
