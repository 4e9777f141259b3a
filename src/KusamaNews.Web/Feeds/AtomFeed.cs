namespace KusamaNews.Web.Feeds;

/// <summary>An Atom feed as written: absolute URLs, times in UTC, content as HTML.</summary>
public sealed record AtomFeed(string Id, string Title, string Subtitle, string SelfUrl, string AlternateUrl, DateTimeOffset Updated, IReadOnlyList<AtomEntry> Entries);

public sealed record AtomEntry(string Id, string Title, string Url, DateTimeOffset Published, string Summary, string ContentHtml);
