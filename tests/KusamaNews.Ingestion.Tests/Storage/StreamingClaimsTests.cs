using System.Globalization;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Pipeline;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>
/// Ingestion writes as it reads, a window of files at a time, settling month claims as files
/// arrive. Whatever the folder, the earlier store and the window, the result must be what the rule
/// gives when all claims are settled at once: the file named after the month, else the first by
/// name, keeps it; a file that fails keeps its earlier issue unless another file takes the month.
/// </summary>
public sealed class StreamingClaimsTests
{
    private static readonly string[] Names =
        ["2024-01.md", "2024-02.md", "2024-03.md", "0-first.md", "a.md", "b.md", "m.md", "zz.md", "2024-01.MD"];

    private static readonly (int Month, string Name)[] Months = [(1, "January"), (2, "February"), (3, "March")];

    private sealed record Row(string SourceFile, long Month, string Headline);

    [Fact]
    public void ResultsMatchTheRuleAppliedToAllClaimsAtOnce()
    {
        var random = new Random(20261121);
        for (var scenario = 0; scenario < 150; scenario++)
        {
            using var archive = new TempArchive(window: 1 + (scenario % 4));
            var before = WriteFolder(archive, random, scenario, generation: 1);
            archive.Ingest();
            var stored = archive.Query<Row>("SELECT SourceFile, Month, Headline FROM Issues").ToList();

            var after = WriteFolder(archive, random, scenario, generation: 2, keep: before);
            var report = archive.Ingest();

            var (expectedRows, expectedLosers) = Oracle(stored, after, archive.ContentPath);
            var actualRows = archive.Query<Row>("SELECT SourceFile, Month, Headline FROM Issues ORDER BY Month").ToList();
            var actualLosers = report.Diagnostics.Where(d => d.Message.Contains("both claim", StringComparison.Ordinal)).Select(d => d.File).Order(StringComparer.Ordinal).ToList();
            var context = $"scenario {scenario}: stored [{string.Join(", ", stored)}], folder [{string.Join(", ", after.Select(f => $"{f.Key}={f.Value?.ToString(CultureInfo.InvariantCulture) ?? "broken"}"))}]";
            Assert.True(expectedRows.SequenceEqual(actualRows), $"{context}\n expected [{string.Join(", ", expectedRows)}]\n actual   [{string.Join(", ", actualRows)}]");
            Assert.True(expectedLosers.SequenceEqual(actualLosers), $"{context}\n expected losers [{string.Join(", ", expectedLosers)}]\n actual [{string.Join(", ", actualLosers)}]");
        }
    }

    /// <summary>Writes a folder of files claiming months (null: a broken file); with <paramref name="keep"/>, changes some of it.</summary>
    private static Dictionary<string, int?> WriteFolder(TempArchive archive, Random random, int scenario, int generation, Dictionary<string, int?>? keep = null)
    {
        var folder = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            var kept = keep is not null && keep.TryGetValue(name, out var old) && random.Next(3) > 0;
            var present = kept || random.Next(3) > 0;
            var path = Path.Combine(archive.ContentPath, name);
            if (!present)
            {
                File.Delete(path);
                continue;
            }
            if (kept)
            {
                folder[name] = keep![name];
                continue;
            }
            int? month = random.Next(5) == 0 ? null : 1 + random.Next(3);
            folder[name] = month;
            File.WriteAllText(path, month is { } m
                ? $"# Kusama News - {Months[m - 1].Name} 2024\n\n# {name} g{generation} s{scenario}\n\n## Lead\n\nText.\n"
                : "# Kusama News - Smarch 2024\n\n# Broken\n\n## Lead\n\nText.\n");
        }
        return folder;
    }

    private static (List<Row> Rows, List<string> Losers) Oracle(List<Row> stored, Dictionary<string, int?> folder, string contentPath)
    {
        var claims = folder.Where(f => f.Value is not null).ToList();
        var winners = claims
            .GroupBy(f => f.Value!.Value)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Key).Aggregate((best, next) => MonthClaims.Prefers(next, best, new IssueMonth(2024, g.Key)) ? next : best));
        var losers = claims.Where(f => winners[f.Value!.Value] != f.Key).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();

        var rows = new List<Row>();
        foreach (var (month, winner) in winners)
            rows.Add(new Row(winner, month, HeadlineOf(winner)));
        // A stored row stays when its file is still there, was not written again, and no one took its month.
        foreach (var row in stored)
        {
            if (folder.ContainsKey(row.SourceFile) && !winners.ContainsValue(row.SourceFile) && !winners.ContainsKey((int)row.Month))
                rows.Add(row);
        }
        return ([.. rows.OrderBy(r => r.Month)], losers);

        string HeadlineOf(string file) =>
            new IssueFileReader().Read(file, File.ReadAllBytes(Path.Combine(contentPath, file))).Issue!.Headline;
    }
}
