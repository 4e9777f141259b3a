using System.Diagnostics;
using System.Globalization;
using Dapper;
using KusamaNews.Ingestion.Storage;
using KusamaNews.Web.Features.Search;
using KusamaNews.Web.Features.Search.Ranking;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KusamaNews.Benchmarks;

/// <summary>
/// <c>search-latency &lt;archive.db&gt; [rounds]</c>: search latency on an ingested archive, three ways
/// side by side in one run, interleaved so they share the machine's noise. Prints a Markdown table.
/// See docs/PERFORMANCE.md ("Search") for the corpus and the commands.
/// </summary>
internal static class SearchLatency
{
    public const string Name = "search-latency";

    private static readonly (string Kind, string[] Queries)[] Kinds =
    [
        ("one word", ["testnet", "council", "patch", "bond", "prototype", "education", "weight", "repository", "bug", "economic"]),
        ("two words", ["council treasury", "testnet upgrade", "runtime bug", "xcm message", "bond nominator", "patch release", "education community", "weight runtime"]),
        ("three words", ["parachain auction lease", "runtime upgrade testnet", "council treasury proposal", "xcm message bug", "validator bond slash", "governance referendum council"]),
        ("phrase", ["\"runtime upgrade\"", "\"parachain auction\"", "\"treasury proposal\"", "\"said dr\"", "\"cross chain\""]),
        ("frequent: network", ["network"]),
        ("frequent: community", ["community"]),
        ("frequent: network community", ["network community"]),
        ("no match: suggestion", ["parachian", "comunity", "goverance treasury"]),
    ];

    private const string Bm25Top20Sql = """
        SELECT rowid, bm25(SearchIndex, 8.0, 1.0, 3.0) AS Score FROM SearchIndex
        WHERE SearchIndex MATCH @Match ORDER BY Score LIMIT 20
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 1 || !File.Exists(args[0]))
        {
            await Console.Error.WriteLineAsync($"usage: KusamaNews.Benchmarks {Name} <archive.db> [rounds]");
            return 2;
        }
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;
        var database = new ArchiveDatabase(args[0]);
        var withRank = Search(database, native: true);
        var withBm25 = Search(database, native: false);

        var variants = new (string Name, Func<string, Task> Run)[]
        {
            ("FTS5 bm25() top 20, no snippets", q =>
            {
                using var connection = database.OpenReader();
                connection.Query(Bm25Top20Sql, new { ParsedQuery.Parse(q).Match }).AsList();
                return Task.CompletedTask;
            }),
            ("search page, bm25()", q => withBm25.SearchAsync(SearchRequest.Read(q), CancellationToken.None)),
            ("search page, search_rank", q => withRank.SearchAsync(SearchRequest.Read(q), CancellationToken.None)),
        };

        // Warm up: JIT, the page cache, the row lengths.
        foreach (var (_, queries) in Kinds)
            foreach (var q in queries)
                foreach (var (_, run) in variants)
                    await run(q);

        Console.WriteLine($"{rounds} rounds; ms per query, median / p99; {Environment.ProcessorCount} cores, {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine($"| kind | samples | {string.Join(" | ", variants.Select(v => v.Name))} |");
        Console.WriteLine($"| --- | --- |{string.Concat(variants.Select(_ => " --- |"))}");
        var all = variants.Select(_ => new List<double>()).ToArray();
        foreach (var (kind, queries) in Kinds)
        {
            var samples = variants.Select(_ => new List<double>()).ToArray();
            for (var round = 0; round < rounds; round++)
            {
                foreach (var q in queries)
                {
                    for (var v = 0; v < variants.Length; v++)
                    {
                        var started = Stopwatch.GetTimestamp();
                        await variants[v].Run(q);
                        samples[v].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }
            }
            Console.WriteLine($"| {kind} | {samples[0].Count} | {string.Join(" | ", samples.Select(Describe))} |");
            for (var v = 0; v < variants.Length; v++)
                all[v].AddRange(samples[v]);
        }
        // The whole mix, each query weighted by how often it ran: the figure bench/measure.py reports.
        Console.WriteLine($"| all of the above | {all[0].Count} | {string.Join(" | ", all.Select(Describe))} |");
        return 0;
    }

    private static SearchQueries Search(ArchiveDatabase database, bool native) => new(database, new SearchRanker(
        Options.Create(new SearchOptions { NativeRanking = native }), NullLogger<SearchRanker>.Instance), new SpellingSuggestions());

    private static string Describe(List<double> times)
    {
        times.Sort();
        var median = times[times.Count / 2];
        var p99 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.99) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"{median:F2} / {p99:F2}");
    }
}
