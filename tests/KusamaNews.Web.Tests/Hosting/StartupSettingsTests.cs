using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KusamaNews.Web.Tests.Hosting;

/// <summary>Settings checked at start-up, on the built app run as an operator runs it.</summary>
public sealed class StartupSettingsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kusamanews-settings").FullName;

    [Theory]
    [InlineData("--Site:PublicUrl=ftp://news.example.org", "Site:PublicUrl: 'ftp://news.example.org' is not an absolute http or https origin")]
    [InlineData("--Site:PublicUrl=https://news.example.org/archive?x=1", "Site:PublicUrl:")]
    [InlineData("--RateLimit:PermitLimit=0", "PermitLimit")]
    [InlineData("--Archive:WatchDelayMilliseconds=0", "WatchDelayMilliseconds")]
    [InlineData("--Archive:Ingestion=Sometimes", "Archive:Ingestion")]
    public async Task ASettingThatCannotWorkStopsStartUpWithOneLineNamingIt(string setting, string expected)
    {
        var (exitCode, output) = await AppProcess.RunAsync(
            $"--Archive:ContentPath={TestContent.Folder}", $"--Archive:DatabasePath={Path.Combine(folder, "a.db")}", "--Urls=http://127.0.0.1:0", setting);

        Assert.Equal(2, exitCode);
        Assert.Contains("The site cannot start: ", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReplicaWithoutItsDatabaseSaysSo()
    {
        var (exitCode, output) = await AppProcess.RunAsync(
            "--Archive:Ingestion=Off", $"--Archive:ContentPath={Path.Combine(folder, "no-content")}", $"--Archive:DatabasePath={Path.Combine(folder, "missing.db")}", "--Urls=http://127.0.0.1:0");

        Assert.Equal(2, exitCode);
        Assert.Contains("Archive:DatabasePath: the database", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Archive:Ingestion=Watch", 9999, "was made by a newer build (schema version 9999")]
    [InlineData("--Archive:Ingestion=Off", 9999, "was made by a newer build (schema version 9999")]
    [InlineData("--Archive:Ingestion=Off", 15, "was made by an older build (schema version 15")]
    public async Task ADatabaseFromAnotherBuildThatCannotBeBuiltAgainStopsStartUpWithOneLineAndIsLeftAsItWas(string mode, int version, string expected)
    {
        var database = Path.Combine(folder, "other.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE TABLE Issues (Id INTEGER PRIMARY KEY); PRAGMA user_version = {version};";
            command.ExecuteNonQuery();
        }
        var before = File.ReadAllBytes(database);

        var (exitCode, output) = await AppProcess.RunAsync(mode, $"--Archive:ContentPath={TestContent.Folder}", $"--Archive:DatabasePath={database}", "--Urls=http://127.0.0.1:0");

        Assert.Equal(2, exitCode);
        Assert.Single(output.Split('\n'), line => line.Contains(expected, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(database));
        Assert.Equal(["other.db"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task AReplicaServesTheDatabaseBuiltByIngestOutWithoutAContentFolder()
    {
        var database = Path.Combine(folder, "archive.db");
        var (built, _) = await AppProcess.RunAsync("ingest", "--out", database, $"--Archive:ContentPath={TestContent.Folder}");
        Assert.Equal(0, built);

        await using var replica = await RunningSite.StartAsync(Path.Combine(folder, "no-content"), "--Archive:Ingestion=Off", $"--Archive:DatabasePath={database}", "--Site:PublicUrl=https://news.example.org");
        using var client = replica.CreateClient();

        var ready = await client.GetFromJsonAsync<JsonElement>("/readyz");
        Assert.Equal(2, ready.GetProperty("issues").GetInt32());
        using var page = await client.GetAsync("/issues/2024/06");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("https://news.example.org/issues/2024/06", (await Html.ParseAsync(page)).QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
