using KusamaNews.Web.Features.FrontPage;
using KusamaNews.Web.Features.Issues;
using KusamaNews.Web.Features.Search;
using KusamaNews.Web.Features.Sections;
using KusamaNews.Web.Features.Sitemap;
using KusamaNews.Web.Features.Topics;
using KusamaNews.Web.Operations.Caching;
using KusamaNews.Web.Site.Api;
using Microsoft.AspNetCore.Mvc.Razor;

namespace KusamaNews.Web.Features;

/// <summary>What readers come for, one folder a feature: its pages, its reads, its JSON and its feed.</summary>
public static class FeaturesSetup
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        // The pages live in their feature folders; the layout and the partials every page shares, in Site/Layout.
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Features";
            options.Conventions.Add(new PageRoutes());
        });
        services.Configure<RazorViewEngineOptions>(options => options.PageViewLocationFormats.Add("/Site/Layout/{0}" + RazorViewEngine.ViewExtension));
        services.AddSingleton<FrontPageQueries>();
        services.AddSingleton<IssueQueries>();
        services.AddSingleton<IssueListQueries>();
        services.AddSingleton<SectionQueries>();
        services.AddSingleton<TopicQueries>();
        services.AddSingleton<SitemapQueries>();
        services.AddSingleton<SiteFeedQueries>();
        services.AddSingleton<TopicFeedQueries>();
        services.AddSearch();
        return services;
    }

    public static IEndpointRouteBuilder MapFeatures(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages().WithStaticAssets().CachedByArchive(CacheProfiles.Page);
        app.MapSiteFeed();
        app.MapTopicFeed();
        app.MapSitemap();
        app.MapIssueApi();
        app.MapTopicApi();
        app.MapSearchApi();
        app.MapApiFallback();
        return app;
    }
}
