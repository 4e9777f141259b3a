using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Web.Tests.Hosting;

/// <summary>
/// KusamaNews.Ingest: the site's ingest command in an executable of its own, run the way an operator
/// runs it, with the runtime settings a full ingestion was measured with (docs/PERFORMANCE.md).
/// </summary>
public sealed class IngestExecutableTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kusamanews-ingest-exe").FullName;

    [Fact]
    public async Task ItBuildsTheSameArchiveAsTheSitesIngestCommand()
    {
        var ours = Path.Combine(folder, "ingest.db");
        var site = Path.Combine(folder, "site.db");

        var (exitCode, output) = await AppProcess.RunAsync(AppProcess.Ingest, ["--out", ours, $"--Archive:ContentPath={TestContent.Folder}"]);
        var (siteExitCode, _) = await AppProcess.RunAsync("ingest", "--out", site, $"--Archive:ContentPath={TestContent.Folder}");

        Assert.Equal(0, exitCode);
        Assert.Equal(0, siteExitCode);
        Assert.Contains("2 files read, 2 ingested", output, StringComparison.Ordinal);
        Assert.Equal(Archive(site), Archive(ours));
    }

    [Fact]
    public async Task CheckReportsAnErrorWithFileAndLineAndExitsWithOne()
    {
        var content = Directory.CreateDirectory(Path.Combine(folder, "content")).FullName;
        File.WriteAllText(Path.Combine(content, "broken.md"), "# Kusama News - Smarch 2024\n\n# H\n\n## Lead\n\nText.\n");

        var (exitCode, output) = await AppProcess.RunAsync(AppProcess.Ingest, ["--check", $"--Archive:ContentPath={content}"]);

        Assert.Equal(1, exitCode);
        Assert.Matches(@"(?m)^\S*broken\.md:1: error: ""Smarch"" is not a month$", output);
    }

    [Fact]
    public async Task AMissingContentFolderIsOneLineNamingTheSettingAndExitCodeTwo()
    {
        var (exitCode, output) = await AppProcess.RunAsync(AppProcess.Ingest,
            [$"--Archive:ContentPath={Path.Combine(folder, "missing")}", "--out", Path.Combine(folder, "a.db")]);

        Assert.Equal(2, exitCode);
        Assert.Contains("Archive:ContentPath: the content folder", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ItRunsWithDynamicPgoAndBackgroundCollectionsOffAndOtherwiseTheSitesRuntimeSettings()
    {
        var ingest = ConfigProperties("KusamaNews.Ingest.runtimeconfig.json");
        var site = ConfigProperties("KusamaNews.Web.runtimeconfig.json");

        Assert.False(ingest.GetProperty("System.Runtime.TieredPGO").GetBoolean());
        Assert.False(ingest.GetProperty("System.GC.Concurrent").GetBoolean());
        Assert.False(site.TryGetProperty("System.GC.Concurrent", out _), "the site keeps background collections");
        foreach (var setting in new[] { "System.Runtime.TieredCompilation.CallCountingDelayMs", "System.GC.Server" })
            Assert.Equal(site.GetProperty(setting).ToString(), ingest.GetProperty(setting).ToString());
    }

    private static JsonElement ConfigProperties(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file)));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    // What a reader can see of an archive: its issues, sections and tags.
    private static string Archive(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        var issues = connection.Query<string>("SELECT Year || '-' || Month || ' ' || Headline FROM Issues ORDER BY Year, Month");
        var sections = connection.Query<string>("SELECT Id || ' ' || Slug || ' ' || length(Html) FROM Sections ORDER BY Id");
        var tags = connection.Query<string>("SELECT SectionId || ' ' || TopicSlug FROM SectionTopics ORDER BY SectionId, TopicSlug");
        return string.Join('\n', issues.Concat(sections).Concat(tags));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
