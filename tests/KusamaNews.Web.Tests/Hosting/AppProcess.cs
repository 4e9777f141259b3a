using System.Diagnostics;

namespace KusamaNews.Web.Tests.Hosting;

/// <summary>Runs the built app the way an operator does: <c>dotnet KusamaNews.Web.dll …</c>, in its own process.</summary>
internal static class AppProcess
{
    public const string Site = "KusamaNews.Web.dll";

    /// <summary>The ingest executable, <c>dotnet KusamaNews.Ingest.dll …</c>.</summary>
    public const string Ingest = "KusamaNews.Ingest.dll";

    /// <summary>How to start the built app from the test's output folder, where its dll, settings and runtime config are copied.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args, string app = Site)
    {
        var dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, app));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment.Remove("PWD");
        return start;
    }

    public static Task<(int ExitCode, string Output)> RunAsync(params string[] args) => RunAsync(Site, args);

    public static async Task<(int ExitCode, string Output)> RunAsync(string app, string[] args)
    {
        var start = StartInfo(args, app);

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
