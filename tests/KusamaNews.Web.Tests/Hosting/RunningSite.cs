using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Web.Tests.Hosting;

/// <summary>
/// The built app started as a reader's machine starts it: its own process, Kestrel on a free
/// 127.0.0.1 port, the Production environment, a temporary database and the given content.
/// </summary>
public sealed partial class RunningSite : IAsyncDisposable
{
    private readonly Process process;
    private readonly string dataFolder;

    private readonly System.Text.StringBuilder output;

    private RunningSite(Process process, Uri address, string dataFolder, System.Text.StringBuilder output)
    {
        this.output = output;
        this.process = process;
        Address = address;
        this.dataFolder = dataFolder;
    }

    public Uri Address { get; }

    /// <summary>Everything the site has written to its console so far.</summary>
    public string Output
    {
        get
        {
            lock (output)
                return output.ToString();
        }
    }

    public HttpClient CreateClient(HttpMessageHandler? handler = null) =>
        new(handler ?? new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Address };

    /// <param name="settings">More command-line settings; a later one overrides an earlier, e.g. "--Archive:DatabasePath=…".</param>
    public static async Task<RunningSite> StartAsync(string? contentPath = null, params string[] settings)
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "kusamanews-running-site", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataFolder);
        var start = AppProcess.StartInfo(
        [
            "--Urls=http://127.0.0.1:0",
            $"--Archive:ContentPath={contentPath ?? TestContent.Folder}",
            $"--Archive:DatabasePath={Path.Combine(dataFolder, "archive.db")}",
            .. settings,
        ]);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Text.StringBuilder();
        void Read(string? line)
        {
            if (line is null)
                return;
            lock (output)
                output.AppendLine(line);
            if (ListeningOn().Match(line) is { Success: true } match)
                listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _ = process.WaitForExitAsync().ContinueWith(_ => listening.TrySetException(
            new InvalidOperationException($"The site exited ({process.ExitCode}) before listening:\n{output}")), TaskScheduler.Default);

        var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return new RunningSite(process, address, dataFolder, output);
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataFolder, recursive: true);
    }
}
