using KusamaNews.Ingestion.Hosting;
using KusamaNews.Ingestion.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KusamaNews.Web.Operations.Health;

/// <summary>Ready: the store opens, answers a query, and holds an ingested archive. Reports its size, when it was last ingested and the SQLite library in use.</summary>
internal sealed class ArchiveReadinessCheck(ArchiveDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArchiveSnapshot snapshot;
        try
        {
            snapshot = await ArchiveSnapshot.ReadAsync(database, cancellationToken);
        }
#pragma warning disable CA1031 // Any failure to read the store means "not ready"; the reason goes in the report.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy($"The archive database cannot be read: {ex.Message}");
        }

        var data = new Dictionary<string, object>
        {
            ["issues"] = snapshot.IssueCount,
            ["archiveVersion"] = snapshot.Version,
            ["sqliteVersion"] = ArchiveDatabase.SqliteVersion,
        };
        if (snapshot.LastIngestedUtc is { } ingested)
            data["lastIngestedUtc"] = ingested;
        return snapshot.HasArchive
            ? HealthCheckResult.Healthy($"{snapshot.IssueCount} issues", data)
            : HealthCheckResult.Unhealthy("The archive has not been ingested yet", data: data);
    }
}
