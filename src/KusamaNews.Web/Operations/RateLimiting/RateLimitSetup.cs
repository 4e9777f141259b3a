using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KusamaNews.Web.Operations.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter, by path: /search and /api/* get a fixed window per client address
/// each; everything else is not limited. A rejected request gets 429 with Retry-After, and a
/// problem details body on the API or the site's 429 page (rendered by the status-code pages).
/// </summary>
internal sealed class RateLimitSetup(IOptions<RateLimitOptions> settings) : IConfigureOptions<RateLimiterOptions>
{
    public void Configure(RateLimiterOptions options)
    {
        var limit = settings.Value;
        var window = TimeSpan.FromSeconds(limit.WindowSeconds);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, (string, string)>(context =>
            LimitedArea(context.Request.Path) is { } area
                ? RateLimitPartition.GetFixedWindowLimiter((area, ClientOf(context)), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit.PermitLimit,
                    Window = window,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(("", "")));
        options.OnRejected = (rejected, _) => RejectAsync(rejected, window);
    }

    public static string? LimitedArea(PathString path) =>
        path.StartsWithSegments(SitePaths.Api, StringComparison.OrdinalIgnoreCase) ? "api"
        : path.StartsWithSegments(SitePaths.Search, StringComparison.OrdinalIgnoreCase) ? "search"
        : null;

    // Behind a proxy, set ASPNETCORE_FORWARDEDHEADERS_ENABLED=true so that this is the reader's address.
    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "";

    private static ValueTask RejectAsync(OnRejectedContext rejected, TimeSpan window)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = Caching.CacheProfiles.NoStore;
        if (LimitedArea(context.Request.Path) == "api")
        {
            return new ValueTask(Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests",
                detail: $"This address has made too many API requests; try again in {seconds} seconds.",
                extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds }).ExecuteAsync(context));
        }
        // No body: the status-code pages render /errors/429, which reads the wait from this feature.
        context.Features.Set(new RetryAfterFeature(seconds));
        return ValueTask.CompletedTask;
    }
}
