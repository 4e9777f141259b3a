using KusamaNews.Web.Operations.RateLimiting;

namespace KusamaNews.Web.Features.Errors;

/// <summary>The 429 page the status-code pages render for a rate-limited /search: how long to wait, and where to read meanwhile.</summary>
public sealed class TooManyRequestsModel : PageModel, IHasPageMetadata
{
    public int? RetryAfterSeconds { get; private set; }

    public PageMetadata Metadata { get; } = new("Too many requests", "Too many requests came from this address in a short time.") { NoIndex = true };

    public void OnGet()
    {
        RetryAfterSeconds = HttpContext.Features.Get<RetryAfterFeature>()?.Seconds;
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
    }
}
