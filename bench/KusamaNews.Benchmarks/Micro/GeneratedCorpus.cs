using System.Diagnostics;
using System.Globalization;

namespace KusamaNews.Benchmarks.Micro;

/// <summary>Issues from shared/tools/gen-corpus.py: deterministic, shaped like real ones, as many as asked.</summary>
internal static class GeneratedCorpus
{
    public static void Write(string folder, int issues)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { RepositoryFiles.CorpusGenerator, "--issues", issues.ToString(CultureInfo.InvariantCulture), "--out", folder, "--quiet" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started");
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{RepositoryFiles.CorpusGenerator} exited with {process.ExitCode}: {errors.Result}");
    }
}
