using System.ComponentModel.DataAnnotations;

namespace KusamaNews.Web.Operations.RateLimiting;

/// <summary>The "RateLimit" settings: how many requests one client may make to /search, and to /api/*, per window.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    /// <summary>Requests a client may make in one window, to /search and to /api/* each.</summary>
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 60;

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}
