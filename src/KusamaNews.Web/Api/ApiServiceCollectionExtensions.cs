namespace KusamaNews.Web.Api;

public static class ApiServiceCollectionExtensions
{
    public static IServiceCollection AddArchiveApi(this IServiceCollection services) => services.AddSingleton<ApiQueries>();
}
