using System.Text.Json;
using KusamaNews.Web.Operations.Caching;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KusamaNews.Web.Operations.Health;

public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>/healthz: the process answers (liveness, no check runs). /readyz: the archive can be served (503 until then).</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(SitePaths.Liveness, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks(SitePaths.Readiness, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return app;
    }

    /// <summary>{"status":"Healthy","issues":2,"archiveVersion":3,"lastIngestedUtc":"…"}: the status and every check's data, for people and probes.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.Headers.CacheControl = CacheProfiles.NoStore;
        var body = new Dictionary<string, object?> { ["status"] = report.Status.ToString() };
        foreach (var entry in report.Entries.Values)
        {
            if (entry.Status != HealthStatus.Healthy)
                body["reason"] = entry.Description;
            foreach (var (key, value) in entry.Data)
                body[key] = value;
        }
        return context.Response.WriteAsJsonAsync(body, JsonOptions, context.RequestAborted);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
