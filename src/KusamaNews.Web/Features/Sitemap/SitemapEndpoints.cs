using KusamaNews.Web.Operations.Caching;
using KusamaNews.Web.Site;

namespace KusamaNews.Web.Features.Sitemap;

public static class SitemapEndpoints
{
    /// <summary>/sitemap.xml and /robots.txt, which points crawlers at it.</summary>
    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder app)
    {
        app.MapGet(SitePaths.Sitemap, async (SitemapQueries queries, PublicUrls urls, HttpRequest request, CancellationToken cancellationToken) =>
            Results.Bytes(SitemapWriter.Write(await queries.GetAsync(cancellationToken), urls.For(request)), SitemapWriter.ContentType))
            .CachedByArchive(CacheProfiles.Feed);
        app.MapGet(SitePaths.Robots, (PublicUrls urls, HttpRequest request) => Results.Text(Robots(urls.For(request)), "text/plain; charset=utf-8"))
            .CachedByArchive(CacheProfiles.Feed);
        return app;
    }

    // Search results and the API are endless combinations of the same content: the pages and the
    // sitemap already hold all of it.
    private static string Robots(SiteAddress site) => $"""
        User-agent: *
        Disallow: /search
        Disallow: /api/

        Sitemap: {site.Absolute(SitePaths.Sitemap)}

        """;
}
