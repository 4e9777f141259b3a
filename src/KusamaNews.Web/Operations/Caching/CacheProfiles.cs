namespace KusamaNews.Web.Operations.Caching;

/// <summary>
/// Cache-Control for each kind of response. Every one of them is revalidated cheaply with the
/// archive's ETag, so the lifetimes only bound how stale a copy may be after an ingestion.
/// </summary>
public static class CacheProfiles
{
    /// <summary>HTML pages: five minutes in a browser or CDN, then a 304 costs next to nothing.</summary>
    public const string Page = "public, max-age=300";

    /// <summary>Feeds, the sitemap and robots.txt: read by machines that poll; half an hour.</summary>
    public const string Feed = "public, max-age=1800";

    /// <summary>The JSON API: like the pages.</summary>
    public const string Api = "public, max-age=300";

    /// <summary>Errors, 429s, health probes and metrics: never stored.</summary>
    public const string NoStore = "no-store";
}
