using System.Reflection;
using KusamaNews.Web.Tests.Rules;

namespace KusamaNews.Web.Tests.Benchmarks;

/// <summary>
/// The benchmark suite (bench/run.sh) cannot rot unnoticed: its smoke mode runs every measurement
/// once, on a tiny corpus, against the builds this test run made, and must print a row for each.
/// The figures are not looked at, only that each was measured.
/// </summary>
[Collection(MachineWideLoad.Name)]
public sealed class BenchHarnessTests : IDisposable
{
    // The first column of every row bench/measure.py prints: one renamed or removed there must be
    // renamed or removed here too.
    private static readonly string[] Rows =
    [
        "full ingestion into a new database",
        "re-ingest, nothing changed (CLI)",
        "re-ingest, one file changed (CLI, fresh process)",
        "re-ingest, one file changed (running site, watching)",
        "search, in process: the mix as the search page runs it (search_rank, snippets, counts)",
        "nginx, static copy of the issue page",
        "issue page",
        "section page",
        "topic page",
        "home page",
        "search page, mix of 30 queries, cached",
        "search page, same mix, each request new (no cache)",
        "nginx, static copy of the issue page, gzip on, as a browser asks",
        "issue page, as a browser asks (compressed)",
        "issue page, first visits (every issue, in turn)",
        "section page, first visits (up to 20,000 sections, in turn)",
        "topic page, first visits (every topic, in turn)",
        "archive page, first visits",
        "home page, first visits",
        "search, first visits (2,750 searches of 1-3 words from the text, in turn)",
        "server peak resident memory, after all of the above",
        "start-up to the first page served, database already ingested",
    ];

    private readonly string work = Directory.CreateTempSubdirectory("kusamanews-bench-harness-").FullName;

    [SkippableFact]
    public async Task SmokeModeMeasuresEveryRowOfTheTable()
    {
        foreach (var tool in new[] { "wrk", "hugo", "nginx" })
            TestTools.Require(TestTools.OnPath(tool) || File.Exists(Path.Combine("/usr/sbin", tool)), $"{tool} is not installed (the benchmark suite drives it)");
        TestTools.Require(File.Exists("/usr/bin/time"), "GNU time is not installed at /usr/bin/time (Debian: time)");
        var benchmarks = typeof(BenchHarnessTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BenchmarksAssembly").Value!;

        var (exitCode, output, errors) = await TestTools.RunAsync("bash", [Path.Combine(SourceTree.RepositoryRoot, "bench", "run.sh"), "--smoke"],
            new Dictionary<string, string>
            {
                ["KUSAMANEWS_BENCH_DIR"] = work,
                ["KUSAMANEWS_BENCH_APP"] = Path.Combine(AppContext.BaseDirectory, "KusamaNews.Web.dll"),
                ["KUSAMANEWS_BENCH_TOOL"] = benchmarks,
            },
            timeout: TimeSpan.FromMinutes(5));

        Assert.True(exitCode == 0, $"bench/run.sh --smoke exited with {exitCode}:\n{output}\n{errors}");
        var table = output.Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal)).Skip(2)
            .Select(line => line.Split(" | ")).ToList();
        Assert.Equal(Rows, table.Select(cells => cells[0].TrimStart('|', ' ')));
        Assert.All(table, cells => Assert.True(cells[2].Length > 0 || cells[3].Length > 0, $"nothing measured for {cells[0]}"));
        // Asked as a browser asks (issue 15), both servers answered compressed, and the row says how.
        var browser = table.Where(cells => cells[0].Contains("as a browser asks", StringComparison.Ordinal)).Select(cells => cells[2] + " | " + cells[3]).ToList();
        Assert.Equal(2, browser.Count);
        Assert.All(browser, figures => Assert.Matches(@" · (gzip|br|deflate) [\d,]+ B page", figures));
        Assert.True(File.Exists(Path.Combine(work, "results.md")), "the table is not saved as results.md");
    }

    public void Dispose() => Directory.Delete(work, recursive: true);
}

/// <summary>Tests that load the whole machine (wrk, nginx, Hugo) run after the others, alone, so that neither disturbs the other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MachineWideLoad
{
    public const string Name = "alone on the machine";
}
