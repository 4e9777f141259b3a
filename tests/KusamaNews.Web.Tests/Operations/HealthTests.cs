using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Web.Tests.Operations;

public sealed class HealthTests
{
    [Fact]
    public async Task LivenessAndReadinessReportTheArchive()
    {
        using var site = new KusamaNewsFactory();
        var client = site.CreateClient();

        using var live = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", Json(await live.Content.ReadAsStringAsync()).GetProperty("status").GetString());

        using var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.True(ready.Headers.CacheControl!.NoStore);
        var body = Json(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(2, body.GetProperty("issues").GetInt32());
        Assert.Equal(1, body.GetProperty("archiveVersion").GetInt64());
        Assert.InRange(body.GetProperty("lastIngestedUtc").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow);
        Assert.Equal(SqliteVersion(), body.GetProperty("sqliteVersion").GetString());
    }

    [Fact]
    public void TheSiteRunsOnACurrentSqlite()
    {
        // Microsoft.Data.Sqlite 10.0.15 brings SQLite 3.53.3; the substitute it replaced had 3.35.5.
        var version = Version.Parse(SqliteVersion());
        Assert.True(version >= new Version(3, 53), $"SQLite {version}");
    }

    private static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        return (string)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task NotReadyWhenTheStoreCannotBeReadButStillAlive()
    {
        using var site = new KusamaNewsFactory();
        var client = site.CreateClient();
        await client.GetAsync("/readyz");
        SqliteConnection.ClearAllPools();
        File.Delete(site.DatabasePath);

        using var ready = await client.GetAsync("/readyz");
        using var live = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = Json(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Contains("cannot be read", body.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
