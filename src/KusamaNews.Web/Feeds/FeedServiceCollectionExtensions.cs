namespace KusamaNews.Web.Feeds;

public static class FeedServiceCollectionExtensions
{
    public static IServiceCollection AddFeeds(this IServiceCollection services) => services.AddSingleton<FeedQueries>();
}
