using System.Net;
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

    public static AtomFeed ForIssues(IReadOnlyList<FeedIssue> issues, SiteAddress site, DateTimeOffset whenEmpty)
    {
        var entries = issues.Select(issue => new AtomEntry(
            EntryIds.For($"issue/{issue.Month}"),
            issue.Headline,
            site.Absolute(SitePaths.Issue(issue.Month)),
            PublicationDate.InstantOf(issue.Month),
            issue.Sections.Count > 0 ? Summary(issue.Sections[0].PlainText) : "",
            IssueHtml(issue))).ToList();
        return new AtomFeed(
            EntryIds.For("feed"),
            "Kusama News",
            "The monthly newsletter of the Kusama network: the latest issues in full.",
            site.Absolute(SitePaths.SiteFeed),
            site.Absolute(SitePaths.Home),
            entries.Count > 0 ? entries.Max(e => e.Published) : whenEmpty,
            entries);
    }

    public static AtomFeed ForTopic(FeedTopic topic, SiteAddress site, DateTimeOffset whenEmpty)
    {
        var entries = topic.Sections.Select(section => new AtomEntry(
            EntryIds.For($"section/{section.IssueMonth}/{section.Slug}"),
            section.Heading,
            site.Absolute(SitePaths.Section(section.IssueMonth, section.Slug)),
            PublicationDate.InstantOf(section.IssueMonth),
            Summary(section.PlainText),
            section.Html)).ToList();
        return new AtomFeed(
            EntryIds.For($"feed/topics/{topic.Slug}"),
            $"Kusama News: {topic.Name}",
            topic.Description,
            site.Absolute(SitePaths.TopicFeed(topic.Slug)),
            site.Absolute(SitePaths.Topic(topic.Slug)),
            entries.Count > 0 ? entries.Max(e => e.Published) : whenEmpty,
            entries);
    }

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
