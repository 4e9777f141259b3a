namespace KusamaNews.Web.Operations.RateLimiting;

/// <summary>Carries a rejected request's wait to the 429 page the status-code pages render for it.</summary>
public sealed record RetryAfterFeature(int Seconds);
