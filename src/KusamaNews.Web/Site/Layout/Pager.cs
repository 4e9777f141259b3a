namespace KusamaNews.Web.Site.Layout;

/// <summary>Previous/next links under a page: issues, sections, years, pages of a list.</summary>
public sealed record Pager(string Label, PagerLink? Previous, PagerLink? Next);

public sealed record PagerLink(string Href, string Label, string? Detail);
