using Dapper;
using KusamaNews.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Web.Tests.Hosting;

/// <summary>The ingest commands, run on the built app in a process of their own.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "kusamanews-cli-tests", Guid.NewGuid().ToString("N"));

    public IngestCommandTests() => Directory.CreateDirectory(folder);

    [Fact]
    public async Task CheckPrintsEachDiagnosticInCompilerFormatAndPassesOnTheSeeds()
    {
        var (exitCode, output) = await AppProcess.RunAsync("ingest", "--check", $"--Archive:ContentPath={TestContent.Folder}");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"(?m)^\S*2019-11\.md:4: warning: repaired mojibake", output);
        Assert.Contains("0 error(s), 1 warning(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckFailsWhenAnyFileHasAnError()
    {
        var content = Directory.CreateDirectory(Path.Combine(folder, "content")).FullName;
        File.Copy(Path.Combine(TestContent.Folder, "2024-06.md"), Path.Combine(content, "2024-06.md"));
        File.WriteAllText(Path.Combine(content, "broken.md"), "# Kusama News - Smarch 2024\n\n# H\n\n## Lead\n\nText.\n");

        var (exitCode, output) = await AppProcess.RunAsync("ingest", "--check", $"--Archive:ContentPath={content}");

        Assert.Equal(1, exitCode);
        Assert.Matches(@"(?m)^\S*broken\.md:1: error: ""Smarch"" is not a month$", output);
    }

    [Fact]
    public async Task IngestWithOutBuildsADatabaseFileAndExits()
    {
        var database = Path.Combine(folder, "archive.db");

        var (exitCode, output) = await AppProcess.RunAsync("ingest", "--out", database, $"--Archive:ContentPath={TestContent.Folder}");

        Assert.Equal(0, exitCode);
        Assert.Contains("2 files read, 2 ingested", output, StringComparison.Ordinal);
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        Assert.Equal(["2019-11.md", "2024-06.md"], connection.Query<string>("SELECT SourceFile FROM Issues ORDER BY SourceFile"));
    }

    [Fact]
    public async Task IngestIntoADatabaseOfAnOlderBuildSetsItAsideAndBuildsItAgain()
    {
        var database = Path.Combine(folder, "archive.db");
        using (var old = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            old.Open();
            old.Execute("CREATE TABLE Issues (Id INTEGER PRIMARY KEY); PRAGMA user_version = 15;");
        }

        var (exitCode, output) = await AppProcess.RunAsync("ingest", "--out", database, $"--Archive:ContentPath={TestContent.Folder}");

        Assert.Equal(0, exitCode);
        var aside = Assert.Single(Directory.GetFiles(folder, "archive.db.unusable-*"));
        Assert.Contains($"cannot be used (The database at {database} has schema version 15, made by an older build", output, StringComparison.Ordinal);
        Assert.Contains($"it was moved to '{aside}'", output, StringComparison.Ordinal);
        Assert.Contains("2 files read, 2 ingested", output, StringComparison.Ordinal);
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        Assert.Equal(ArchiveDatabase.SchemaVersion, connection.ExecuteScalar<long>("PRAGMA user_version"));
    }

    [Fact]
    public async Task AMissingContentFolderStopsStartUpWithOneClearLineNamingTheSetting()
    {
        var (exitCode, output) = await AppProcess.RunAsync(
            $"--Archive:ContentPath={Path.Combine(folder, "missing")}", $"--Archive:DatabasePath={Path.Combine(folder, "a.db")}", "--Urls=http://127.0.0.1:0");

        Assert.Equal(2, exitCode);
        Assert.Contains("Archive:ContentPath: the content folder", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
