namespace KusamaNews.Web.Site.Layout;

/// <summary>An Atom feed a page links to with &lt;link rel="alternate"&gt;, beside the site's own.</summary>
public sealed record FeedLink(string Title, string Path)
{
    public static FeedLink Site { get; } = new("Kusama News: latest issues", SitePaths.SiteFeed);

    public static FeedLink ForTopic(string slug, string name) => new($"Kusama News: {name}", SitePaths.TopicFeed(slug));
}
