using System.Diagnostics;
using System.Net;
using System.Text.Json;
using KusamaNews.Ingestion.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>
/// The running site follows its content folder (Archive:Ingestion=Watch, a short quiet period):
/// each change is ingested within seconds, readers never see a half-ingested archive, and a bad
/// save or a vanished folder leaves the last good archive served.
/// </summary>
public sealed class ContentWatchingTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly KusamaNewsFactory site = KusamaNewsFactory.WithContent(("2024-06.md", TestIssues.Markdown(2024, 6, "June headline")), ("2024-05.md", TestIssues.Markdown(2024, 5, "May headline")));
    private readonly WebApplicationFactory<Program> watching;

    public ContentWatchingTests() =>
        watching = site.WithWebHostBuilder(b => b.UseSetting("Archive:Ingestion", "Watch").UseSetting("Archive:WatchDelayMilliseconds", "150"));

    [Fact]
    public async Task AChangedAddedOrRemovedFileIsIngestedWithinSeconds()
    {
        var client = watching.CreateClient();
        Assert.Equal("June headline", await HeadlineAsync(client, "2024/06"));

        Write("2024-06.md", TestIssues.Markdown(2024, 6, "June, revised"));
        await EventuallyAsync(async () => await HeadlineAsync(client, "2024/06") == "June, revised");

        Write("2024-07.md", TestIssues.Markdown(2024, 7, "July headline"));
        await EventuallyAsync(async () => await HeadlineAsync(client, "2024/07") == "July headline");

        File.Delete(Path.Combine(site.ContentPath, "2024-05.md"));
        await EventuallyAsync(async () => await HeadlineAsync(client, "2024/05") is null);
        Assert.Equal("July headline", (await client.GetDocumentAsync("/")).QuerySelector("h1").Text());
    }

    [Fact]
    public async Task ABurstOfSavesIsOneIngestion()
    {
        var client = watching.CreateClient();
        await client.GetAsync("/");
        var before = Summaries().Count;

        for (var i = 1; i <= 10; i++)
            Write("2024-06.md", TestIssues.Markdown(2024, 6, $"Draft {i}"));
        await EventuallyAsync(async () => await HeadlineAsync(client, "2024/06") == "Draft 10");
        await Task.Delay(TimeSpan.FromSeconds(1));

        var runs = Summaries().Skip(before).ToList();
        var run = Assert.Single(runs);
        Assert.Equal(1, run.Properties["Ingested"]);
    }

    [Fact]
    public async Task AfterACleanRunTheSiteLooksOnlyAtTheFilesTheWatcherNames()
    {
        var client = watching.CreateClient();
        await client.GetAsync("/");
        var before = Summaries().Count;

        // The first run after start reads the whole folder: nothing was watched before it.
        Write("2024-07.md", TestIssues.Markdown(2024, 7, "July headline"));
        await EventuallyAsync(() => Task.FromResult(Summaries().Skip(before).Any(run => Ingested(run) == 1)));
        Write("2024-06.md", TestIssues.Markdown(2024, 6, "June, revised"));
        await EventuallyAsync(() => Task.FromResult(Summaries().Skip(before).Count(run => Ingested(run) == 1) == 2));

        var runs = Summaries().Skip(before).ToList();
        Assert.DoesNotContain("NamedCount", runs[0].Properties.Keys);
        var june = runs.Last(run => Ingested(run) == 1);
        Assert.Equal(1, june.Properties["NamedCount"]);
        Assert.Equal(2, june.Properties["Unchanged"]);
        Assert.Equal("June, revised", await HeadlineAsync(client, "2024/06"));
    }

    [Fact]
    public async Task AFileLeftBrokenIsReportedAgainByEachRunUntilItIsRepaired()
    {
        var client = watching.CreateClient();
        await client.GetAsync("/");
        Write("2024-07.md", TestIssues.Markdown(2024, 7, "July headline"));
        await EventuallyAsync(async () => await HeadlineAsync(client, "2024/07") == "July headline");

        var before = Summaries().Count;
        Write("2024-06.md", "# Kusama News - June 2024\n\n# Half a");
        await EventuallyAsync(() => Task.FromResult(BrokenJuneReports() == 1));
        Write("2024-08.md", TestIssues.Markdown(2024, 8, "August headline"));
        await EventuallyAsync(() => Task.FromResult(Summaries().Skip(before).Any(run => Ingested(run) == 1)));

        // Every run after a file failed reads the whole folder, so each says again what is broken.
        var runs = Summaries().Skip(before).ToList();
        Assert.True(runs.Count >= 2);
        Assert.All(runs.Skip(1), run => Assert.DoesNotContain("NamedCount", run.Properties.Keys));
        Assert.All(runs, run => Assert.Equal(1, run.Properties["Failed"]));
        Assert.True(BrokenJuneReports() >= runs.Count);
        Assert.Equal("June headline", await HeadlineAsync(client, "2024/06"));
    }

    private static int Ingested(CapturedLogs.LogEvent run) => (int)run.Properties["Ingested"]!;

    private int BrokenJuneReports() =>
        site.Logs.Events.Count(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Message.Contains("2024-06.md:", StringComparison.Ordinal));

    [Fact]
    public async Task ABrokenSaveLeavesTheLastGoodIssueServedAndSaysWhy()
    {
        var client = watching.CreateClient();
        await client.GetAsync("/");

        // Half a file, as an editor or a copy caught mid-write leaves it: no sections.
        Write("2024-06.md", "# Kusama News - June 2024\n\n# Half a");
        await EventuallyAsync(() => Task.FromResult(site.Logs.Events.Any(e =>
            e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Message.Contains("2024-06.md:", StringComparison.Ordinal))));

        Assert.Equal("June headline", await HeadlineAsync(client, "2024/06"));
        Write("2024-06.md", TestIssues.Markdown(2024, 6, "June, repaired"));
        await EventuallyAsync(async () => await HeadlineAsync(client, "2024/06") == "June, repaired");
    }

    [Fact]
    public async Task AFolderThatVanishesKeepsTheArchiveServedAndIsFollowedAgainWhenItReturns()
    {
        var client = watching.CreateClient();
        await client.GetAsync("/");
        var away = site.ContentPath + ".away";

        Directory.Move(site.ContentPath, away);
        File.WriteAllText(Path.Combine(away, "2024-06.md"), TestIssues.Markdown(2024, 6, "Written while away"));
        await EventuallyAsync(() => Task.FromResult(site.Logs.Events.Any(e => e.Message.StartsWith("Ingesting ", StringComparison.Ordinal) && e.Exception is DirectoryNotFoundException)));
        Assert.Equal("June headline", await HeadlineAsync(client, "2024/06"));

        Directory.Move(away, site.ContentPath);
        await EventuallyAsync(async () => await HeadlineAsync(client, "2024/06") == "Written while away");
        Write("2024-06.md", TestIssues.Markdown(2024, 6, "Watched again"));
        await EventuallyAsync(async () => await HeadlineAsync(client, "2024/06") == "Watched again");
    }

    [Fact]
    public async Task ReadersSeeTheArchiveBeforeOrAfterAnIngestionNeverHalfOfIt()
    {
        // The loop below reads as fast as it can for as long as the run takes: not a test of the rate limit.
        using var manual = site.WithWebHostBuilder(b => b.UseSetting("Archive:Ingestion", "Startup").UseSetting("RateLimit:PermitLimit", "1000000"));
        var client = manual.CreateClient();
        Assert.Equal(2, await IssueCountAsync(client));
        for (var month = 1; month <= 12; month++)
            Write($"2023-{month:D2}.md", TestIssues.Markdown(2023, month, $"Issue {month}"));

        var seen = new HashSet<int>();
        var ingestion = Task.Run(() => manual.Services.GetRequiredService<IngestionRunner>().Run(CancellationToken.None));
        while (!ingestion.IsCompleted)
            seen.Add(await IssueCountAsync(client));
        await ingestion;
        seen.Add(await IssueCountAsync(client));

        Assert.Subset(new HashSet<int> { 2, 14 }, seen);
        Assert.Contains(14, seen);
    }

    [Fact]
    public async Task AStoredArchiveIsServedAtOnceAndIngestedInTheBackground()
    {
        using (var first = site.WithWebHostBuilder(b => b.UseSetting("Archive:Ingestion", "Startup")))
            Assert.Equal("June headline", await HeadlineAsync(first.CreateClient(), "2024/06"));
        Write("2024-06.md", TestIssues.Markdown(2024, 6, "Changed while the site was down"));

        using var second = site.WithWebHostBuilder(b => b.UseSetting("Archive:Ingestion", "Startup"));
        var client = second.CreateClient();

        Assert.Contains(site.Logs.Events, e => e.Message.StartsWith("Serving the stored archive (version 1, 2 issues)", StringComparison.Ordinal));
        await EventuallyAsync(async () => await HeadlineAsync(client, "2024/06") == "Changed while the site was down");
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(site.ContentPath, name), text);

    private List<CapturedLogs.LogEvent> Summaries() =>
        [.. site.Logs.Events.Where(e => e.Message.StartsWith("Ingested ", StringComparison.Ordinal))];

    private static async Task<string?> HeadlineAsync(HttpClient client, string month)
    {
        using var response = await client.GetAsync($"/api/issues/{month}");
        return response.StatusCode == HttpStatusCode.NotFound ? null
            : JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("headline").GetString();
    }

    private static async Task<int> IssueCountAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/issues")).RootElement.GetProperty("count").GetInt32();

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Patience, $"not within {Patience.TotalSeconds} s");
            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        watching.Dispose();
        site.Dispose();
    }
}
