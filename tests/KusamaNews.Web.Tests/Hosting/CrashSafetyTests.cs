using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Dapper;
using Xunit.Abstractions;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Web.Tests.Hosting;

/// <summary>
/// An ingestion killed with SIGKILL at any moment loses nothing: the database opens, passes
/// PRAGMA integrity_check, and holds either the archive before the run or the one after it,
/// never a mix; and the site starts on it and serves.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int SmallArchive = 40;
    private const int LargeArchive = 2400;

    private readonly string folder = Directory.CreateTempSubdirectory("kusamanews-crash").FullName;
    private string Database => Path.Combine(folder, "archive.db");
    private string Content => Path.Combine(folder, "content");

    [Fact]
    public async Task AnIngestionKilledAtRandomPointsLeavesTheLastCompleteArchive()
    {
        WriteArchive(SmallArchive);
        await IngestAsync();
        var before = Snapshot();
        Assert.Equal(SmallArchive, before.Issues);
        WriteArchive(LargeArchive);

        // Every attempt starts from the same small archive, and the calibration runs on a copy of it,
        // so that the kill points spread over a whole run: reading, parsing, writing, committing.
        var pristine = Path.Combine(folder, "pristine.db");
        CopyDatabase(Database, pristine);
        var full = await TimeFullIngestOfACopyAsync(pristine);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"a full ingest of {LargeArchive} issues took {full.TotalMilliseconds:0} ms"));
        var random = new Random(20261121);
        var outcomes = new List<string>();
        var killedWhileWriting = 0;
        // Eight kills at random points, then, on a machine whose load made the calibration wrong and
        // none of them land inside the write transaction, one kill the moment the log starts to grow.
        for (var attempt = 0; attempt < 9 && (attempt < 8 || killedWhileWriting == 0); attempt++)
        {
            // Spread over the run, weighted to its second half, where the one transaction writes.
            var killAfter = TimeSpan.FromMilliseconds(full.TotalMilliseconds * (0.05 + (Math.Sqrt(random.NextDouble()) * 0.93)));
            CopyDatabase(pristine, Database);
            var walBefore = WalLength();
            var killed = attempt < 8
                ? await IngestAndKillAfterAsync(killAfter)
                : await RunIngestAsync(Database, TimeSpan.FromMinutes(2), killWhen: () => WalLength() > walBefore);
            var wroteBeforeDying = killed && WalLength() > walBefore;
            killedWhileWriting += wroteBeforeDying ? 1 : 0;

            var state = Snapshot();
            Assert.Equal("ok", state.Integrity);
            Assert.Contains(state.Issues, new[] { SmallArchive, LargeArchive });
            Assert.Equal(state.Issues * 3, state.Sections);
            Assert.Equal(state.Issues == SmallArchive ? before.Version : before.Version + 1, state.Version);
            outcomes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{killAfter.TotalMilliseconds:0} ms: {(killed ? "killed" : "finished")}{(wroteBeforeDying ? " while writing" : "")}, {state.Issues} issues"));
        }

        outcomes.ForEach(output.WriteLine);
        Assert.True(killedWhileWriting > 0, $"no kill landed inside the write transaction: {string.Join("; ", outcomes)}");
        await using var site = await RunningSite.StartAsync(Content, $"--Archive:DatabasePath={Database}");
        using var client = site.CreateClient();
        using var response = await client.GetAsync("/");
        Assert.True(response.StatusCode == HttpStatusCode.OK, string.Join("; ", outcomes));
        Assert.Equal("ok", Snapshot().Integrity);
    }

    private void WriteArchive(int issues)
    {
        if (Directory.Exists(Content))
            Directory.Delete(Content, recursive: true);
        Directory.CreateDirectory(Content);
        var first = new DateOnly(2000, 1, 1);
        for (var i = 0; i < issues; i++)
        {
            var month = first.AddMonths(i);
            var text = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"# Kusama News - {month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}\n\n# Issue {i}\n\n")
                .Append(CultureInfo.InvariantCulture, $"## Lead\n\n{string.Concat(Enumerable.Repeat("The network grew this month. ", 40))}\n\n")
                .Append(CultureInfo.InvariantCulture, $"## Governance\n\n{string.Concat(Enumerable.Repeat("The council voted on a referendum. ", 40))}\n\n")
                .Append(CultureInfo.InvariantCulture, $"## Outlook\n\n{string.Concat(Enumerable.Repeat("The roadmap looks ahead. ", 40))}\n");
            File.WriteAllText(Path.Combine(Content, $"{month:yyyy-MM}.md"), text.ToString());
        }
    }

    private long WalLength() => File.Exists(Database + "-wal") ? new FileInfo(Database + "-wal").Length : 0;

    private sealed record State(string Integrity, int Issues, int Sections, long Version);

    private State Snapshot()
    {
        // A writable connection, as the site's ingester opens it: this is what recovers the WAL.
        using var connection = new SqliteConnection($"Data Source={Database}");
        connection.Open();
        var state = new State(
            connection.ExecuteScalar<string>("PRAGMA integrity_check")!,
            connection.ExecuteScalar<int>("SELECT COUNT(*) FROM Issues"),
            connection.ExecuteScalar<int>("SELECT COUNT(*) FROM Sections"),
            connection.ExecuteScalar<long>("SELECT Version FROM ArchiveState"));
        connection.Close();
        SqliteConnection.ClearAllPools();
        return state;
    }

    private Task<bool> IngestAsync() => IngestAndKillAfterAsync(TimeSpan.FromMinutes(2));

    private static void CopyDatabase(string from, string to)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(from + suffix))
                File.Copy(from + suffix, to + suffix, overwrite: true);
            else if (File.Exists(to + suffix))
                File.Delete(to + suffix);
        }
    }

    private async Task<TimeSpan> TimeFullIngestOfACopyAsync(string pristine)
    {
        var copy = Path.Combine(folder, "calibration.db");
        CopyDatabase(pristine, copy);
        var watch = Stopwatch.StartNew();
        await RunIngestAsync(copy, TimeSpan.FromMinutes(2));
        return watch.Elapsed;
    }

    private Task<bool> IngestAndKillAfterAsync(TimeSpan after) => RunIngestAsync(Database, after);

    /// <returns>Whether the process had to be killed (true) or finished first (false).</returns>
    private async Task<bool> RunIngestAsync(string database, TimeSpan killAfter, Func<bool>? killWhen = null)
    {
        // A 1 MB page cache makes the one write transaction spill its pages into the WAL as it goes,
        // as a large archive does with the default cache: the kills then land in a half-written log.
        var start = AppProcess.StartInfo(["ingest", "--out", database, $"--Archive:ContentPath={Content}", "--Archive:WriterCacheMegabytes=1"]);
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            var exited = process.WaitForExitAsync();
            var deadline = Stopwatch.StartNew();
            while (killWhen is not null && !exited.IsCompleted && !killWhen() && deadline.Elapsed < killAfter)
                await Task.Delay(1);
            if (killWhen is not null && !exited.IsCompleted)
                throw new TimeoutException();
            await exited.WaitAsync(killAfter);
            return false;
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true); // SIGKILL: no finally blocks, no disposal, no flush.
            await process.WaitForExitAsync();
            return true;
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
