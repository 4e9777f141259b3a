using KusamaNews.Web.Site;

namespace KusamaNews.Web.Site.Layout;

/// <summary>What the layout needs to know of a page: its title, description and canonical path.</summary>
public sealed record PageMetadata(string Title, string Description, string? CanonicalPath = null)
{
    /// <summary>Pages that must not be indexed (errors).</summary>
    public bool NoIndex { get; init; }

    /// <summary>OpenGraph's og:type: "article" for an issue or a section.</summary>
    public string OpenGraphType { get; init; } = "website";

    /// <summary>When the page's issue was published (article:published_time).</summary>
    public DateOnly? Published { get; init; }

    /// <summary>A feed of the page's own (a topic's), linked beside the site's.</summary>
    public FeedLink? Feed { get; init; }

    /// <summary>The page's schema.org JSON-LD, built with the site's public address.</summary>
    public Func<SiteAddress, object>? StructuredData { get; init; }
}

/// <summary>A page model that describes its page to the layout.</summary>
public interface IHasPageMetadata
{
    PageMetadata Metadata { get; }
}
