using Microsoft.Extensions.Options;

namespace KusamaNews.Web.Site;

public static class SiteServiceCollectionExtensions
{
    /// <summary>Site:PublicUrl, validated at start-up, and the <see cref="PublicUrls"/> built from it.</summary>
    public static IServiceCollection AddSite(this IServiceCollection services)
    {
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidation>();
        services.AddSingleton<PublicUrls>();
        return services;
    }
}
