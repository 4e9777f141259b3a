using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using KusamaNews.Web.Features.Search;
using KusamaNews.Web.Features.Search.Ranking;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KusamaNews.Benchmarks.Micro;

/// <summary>
/// One search as the search page runs it (SearchRequest.Read, then SearchQueries.SearchAsync with
/// the default settings: search_rank, first page, snippets) against an ingested archive.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SuppressMessage("Reliability", "CA1001", Justification = "The archive lives from [GlobalSetup] to [GlobalCleanup], which disposes it.")]
public class SearchBenchmarks
{
    private const string FrequentWordQuery = "network";
    private const string TwoWordsQuery = "council treasury";
    private const string PhraseQuery = "\"runtime upgrade\"";

    private SearchArchive? archive;
    private SearchQueries queries = null!;

    // Synchronous: the in-process toolchain does not await an async [GlobalSetup]
    // (dotnet/BenchmarkDotNet#1738), and its checks would then fail unseen.
    [GlobalSetup]
    public void Setup()
    {
        archive = new SearchArchive();
        var ranker = new SearchRanker(Options.Create(new SearchOptions()), NullLogger<SearchRanker>.Instance);
        queries = new SearchQueries(archive.Database, ranker, new SpellingSuggestions());
        try
        {
            foreach (var query in new[] { FrequentWordQuery, TwoWordsQuery, PhraseQuery })
                ThrowUnlessFound(query);
        }
        catch
        {
            // BenchmarkDotNet skips [GlobalCleanup] after a failed [GlobalSetup]: the temp archive goes now.
            Cleanup();
            throw;
        }
    }

    [GlobalCleanup]
    public void Cleanup() => archive?.Dispose();

    [Benchmark]
    public Task<SearchResults> FrequentWord() => SearchAsync(FrequentWordQuery);

    [Benchmark]
    public Task<SearchResults> TwoWords() => SearchAsync(TwoWordsQuery);

    [Benchmark]
    public Task<SearchResults> Phrase() => SearchAsync(PhraseQuery);

    private void ThrowUnlessFound(string query)
    {
        var results = SearchAsync(query).GetAwaiter().GetResult();
        if (results.TotalSections == 0 || results.MatchedAnyTerm || results.Issues.Count == 0)
            throw new InvalidOperationException($"the search for {query} found no section with all its terms; the benchmark would time a miss");
    }

    private Task<SearchResults> SearchAsync(string q) => queries.SearchAsync(SearchRequest.Read(q), CancellationToken.None);
}
