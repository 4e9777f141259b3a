namespace KusamaNews.Web.Tests;

/// <summary>
/// External tools some tests drive. Missing on a developer's machine, a test that needs one is
/// skipped with the reason; with KUSAMANEWS_REQUIRE_TOOLS=1 (as .ci/run sets) a missing tool fails it.
/// </summary>
public static class TestTools
{
    public const string InstallHint = "run `bash .ci/install-test-tools` once";

    private static bool Required => Environment.GetEnvironmentVariable("KUSAMANEWS_REQUIRE_TOOLS") == "1";

    public static string ToolsFolder =>
        Environment.GetEnvironmentVariable("KUSAMANEWS_TOOLS")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "kusamanews-tools");

    /// <summary>The path of vnu.jar (the W3C Nu HTML checker), when it and Java are installed.</summary>
    public static string NuChecker()
    {
        var jar = Environment.GetEnvironmentVariable("VNU_JAR")
            ?? Path.Combine(ToolsFolder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Require(File.Exists(jar), $"the W3C Nu HTML checker is not installed at {jar}");
        Require(OnPath("java"), "Java is not installed (the Nu HTML checker needs it)");
        return jar;
    }

    /// <summary>A Python 3 that can import feedparser (Debian's python3-feedparser), the parser real feed readers use.</summary>
    public static string Feedparser()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("KUSAMANEWS_PYTHON"), "/usr/bin/python3", "python3" };
        var python = candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && CanImport(c, "feedparser"));
        Require(python is not null, "Python's feedparser is not installed (Debian: python3-feedparser)");
        return python!;
    }

    private static bool CanImport(string python, string module)
    {
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo(python, ["-c", $"import {module}"]) { RedirectStandardError = true, RedirectStandardOutput = true };
            using var process = System.Diagnostics.Process.Start(start)!;
            return process.WaitForExit(TimeSpan.FromSeconds(30)) && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Runs a tool to its end (by default at most two minutes, then it is killed) and returns its exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        string program, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout ?? TimeSpan.FromMinutes(2));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish in time:\n{await stdout}\n{await stderr}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(folder => File.Exists(Path.Combine(folder, program)));

    public static void Require(bool available, string missing)
    {
        if (available)
            return;
        if (Required)
            throw new InvalidOperationException($"{missing}; KUSAMANEWS_REQUIRE_TOOLS=1 makes that a failure ({InstallHint}).");
        Skip.If(true, $"{missing}: {InstallHint}.");
    }
}
