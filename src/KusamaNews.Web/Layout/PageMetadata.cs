namespace KusamaNews.Web.Layout;

/// <summary>What the layout needs to know of a page: its title, description and canonical path.</summary>
public sealed record PageMetadata(string Title, string Description, string? CanonicalPath = null)
{
    /// <summary>Pages that must not be indexed (errors).</summary>
    public bool NoIndex { get; init; }
}

/// <summary>A page model that describes its page to the layout.</summary>
public interface IHasPageMetadata
{
    PageMetadata Metadata { get; }
}
