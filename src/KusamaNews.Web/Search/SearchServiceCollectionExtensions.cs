using KusamaNews.Web.Search.Ranking;

namespace KusamaNews.Web.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Full-text search: its options, rank function and queries (the page is Pages/Search).</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.SectionName);
        services.AddSingleton<SearchRanker>();
        services.AddSingleton<SpellingSuggestions>();
        services.AddSingleton<SearchQueries>();
        return services;
    }

    /// <summary>/api/search: the page's results as JSON.</summary>
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SearchApi.Path, SearchApi.GetAsync);
        return endpoints;
    }
}
