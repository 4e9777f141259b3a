namespace KusamaNews.Web.Feeds;

/// <summary>An Atom feed a page links to with &lt;link rel="alternate"&gt;, beside the site's own.</summary>
public sealed record FeedLink(string Title, string Path)
{
    public const string SitePath = "/feed.xml";

    public static FeedLink Site { get; } = new("Kusama News: latest issues", SitePath);

    public static FeedLink ForTopic(string slug, string name) => new($"Kusama News: {name}", TopicPath(slug));

    public static string TopicPath(string slug) => $"{Pages.Topics.TopicRoute.PathOf(slug)}/feed.xml";
}
