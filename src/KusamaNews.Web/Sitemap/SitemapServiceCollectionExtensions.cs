namespace KusamaNews.Web.Sitemap;

public static class SitemapServiceCollectionExtensions
{
    public static IServiceCollection AddSitemap(this IServiceCollection services) => services.AddSingleton<SitemapQueries>();
}
