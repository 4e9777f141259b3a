using System.IO.Compression;
using KusamaNews.Web.Operations.Caching;
using KusamaNews.Web.Operations.Health;
using KusamaNews.Web.Operations.RateLimiting;
using KusamaNews.Web.Operations.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace KusamaNews.Web.Operations;

public static class OperationsExtensions
{
    /// <summary>Health checks, response compression, rate limits (RateLimit:*, validated) and the archive's cache validators.</summary>
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ArchiveReadinessCheck>("archive", tags: [HealthEndpoints.ReadyTag]);

        // Compressing over https is safe here: no page carries a secret (no cookies, no tokens)
        // that a BREACH-style attack could recover.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/atom+xml", "application/problem+json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);

        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddSingleton<IConfigureOptions<RateLimiterOptions>, RateLimitSetup>();

        services.AddSingleton<ArchiveValidators>();
        services.AddOptions<ResponseCacheOptions>().BindConfiguration(ResponseCacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ResponseCache>();
        return services;
    }

    /// <summary>What every response gets, errors included: security headers and compression. Goes before the exception handler.</summary>
    public static IApplicationBuilder UseResponsePolicies(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>().UseResponseCompression();

    /// <summary>
    /// What requests go through before an endpoint runs: rate limits, then conditional GETs answered
    /// from the archive's version, then rendered responses answered from memory.
    /// </summary>
    public static IApplicationBuilder UseRequestPolicies(this IApplicationBuilder app) =>
        app.UseRateLimiter().UseMiddleware<ArchiveCachingMiddleware>().UseMiddleware<RenderedResponseCacheMiddleware>();
}
