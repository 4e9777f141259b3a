namespace KusamaNews.Web.Site;

/// <summary>The "Site" settings: Site:PublicUrl, Site__PublicUrl, --Site:PublicUrl.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    /// <summary>
    /// The origin readers reach the site at (https://news.example.org), for every absolute URL the
    /// site writes: canonical links, OpenGraph, feeds, the sitemap, the JSON API. Empty: taken from
    /// each request's scheme and Host header, which is right for one server but not for replicas
    /// behind a load balancer or CDN, where the Host a replica sees is not the public one.
    /// </summary>
    public string PublicUrl { get; set; } = "";
}
