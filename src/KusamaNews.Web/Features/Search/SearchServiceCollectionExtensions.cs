using KusamaNews.Web.Features.Search.Ranking;

namespace KusamaNews.Web.Features.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Full-text search: its options, rank function and queries (the page is Index.cshtml beside them).</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.SectionName);
        services.AddSingleton<SearchRanker>();
        services.AddSingleton<SpellingSuggestions>();
        services.AddSingleton<SearchQueries>();
        return services;
    }
}
