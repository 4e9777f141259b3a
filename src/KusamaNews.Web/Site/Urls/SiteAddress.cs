namespace KusamaNews.Web.Site.Urls;

/// <summary>The site's origin as readers reach it ("https://news.example.org"), making a site path absolute.</summary>
public readonly record struct SiteAddress(string Origin)
{
    /// <summary>The absolute URL of a path that starts with "/".</summary>
    public string Absolute(string path) => Origin + path;
}
