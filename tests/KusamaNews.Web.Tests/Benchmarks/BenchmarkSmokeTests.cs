using System.Reflection;

namespace KusamaNews.Web.Tests.Benchmarks;

/// <summary>
/// The micro benchmarks (bench/KusamaNews.Benchmarks) cannot rot unnoticed: their smoke mode runs
/// each one once, in a process of its own, and exits non-zero when one throws or its setup's checks
/// fail. Timings are not looked at.
/// </summary>
public sealed class BenchmarkSmokeTests : IDisposable
{
    // Class.Method, as BenchmarkDotNet names each benchmark it runs: one renamed or removed there
    // must be renamed or removed here too.
    private static readonly string[] Benchmarks =
    [
        "ParseBenchmarks.RealIssue",
        "ParseBenchmarks.GeneratedIssue",
        "TagBenchmarks.RealIssue",
        "TagBenchmarks.GeneratedIssue",
        "SearchBenchmarks.FrequentWord",
        "SearchBenchmarks.TwoWords",
        "SearchBenchmarks.Phrase",
    ];

    private readonly string artifacts = Directory.CreateTempSubdirectory("kusamanews-bench-smoke-").FullName;

    [Fact]
    public async Task SmokeModeRunsEveryBenchmarkAndExitsZero()
    {
        // The test project builds the benchmarks first (a ProjectReference) and records where.
        var benchmarks = typeof(BenchmarkSmokeTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BenchmarksAssembly").Value!;
        var dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";

        var (exitCode, output, errors) = await TestTools.RunAsync(dotnet, [benchmarks, "micro", "--smoke", "--artifacts", artifacts]);

        Assert.True(exitCode == 0, $"the smoke run exited with {exitCode}:\n{output}\n{errors}");
        foreach (var benchmark in Benchmarks)
            Assert.Contains($"// Benchmark: {benchmark}: ", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(artifacts, recursive: true);
}
