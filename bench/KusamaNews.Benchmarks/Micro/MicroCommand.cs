using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace KusamaNews.Benchmarks.Micro;

/// <summary>
/// <c>micro [--smoke] [BenchmarkDotNet arguments]</c>: the BenchmarkDotNet benchmarks of this
/// assembly, chosen with --filter (or from a menu), with --job, --inProcess and the rest as usual.
/// <c>--smoke</c> runs each benchmark once in this process (all of them unless --filter says
/// otherwise): a check that every one still runs, for CI, with timings that mean nothing.
/// Exits 1 when a benchmark fails, so that a broken one cannot pass unnoticed.
/// </summary>
internal static class MicroCommand
{
    public const string Name = "micro";
    public const string SmokeFlag = "--smoke";

    public static int Run(string[] args)
    {
        var smoke = args.Contains(SmokeFlag);
        var rest = args.Where(arg => arg != SmokeFlag).ToList();
        if (smoke && !rest.Any(arg => arg is "--filter" or "-f"))
            rest.AddRange(["--filter", "*"]);

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(MicroCommand).Assembly)
            .Run([.. rest], smoke ? SmokeConfig() : DefaultConfig.Instance)
            .ToList();
        if (summaries.Count == 0)
            return smoke ? Fail("no benchmark ran") : 0;
        var failed = summaries.SelectMany(Failures).ToList();
        return failed.Count == 0 ? 0 : Fail($"failed: {string.Join(", ", failed)}");
    }

    // A dry job (one invocation, no pilot, no warm-up) in this process: seconds, not minutes. The
    // test runs a Debug build, which BenchmarkDotNet otherwise refuses to measure.
    private static ManualConfig SmokeConfig() => DefaultConfig.Instance
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);

    private static IEnumerable<string> Failures(Summary summary)
    {
        if (summary.HasCriticalValidationErrors)
            yield return $"{summary.Title} (validation)";
        foreach (var report in summary.Reports.Where(report => !report.Success))
            yield return report.BenchmarkCase.Descriptor.DisplayInfo;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"{Name}: {message}");
        return 1;
    }
}
