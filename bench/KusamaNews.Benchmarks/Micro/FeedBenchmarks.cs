using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using KusamaNews.Web.Feeds;
using KusamaNews.Web.Site;

namespace KusamaNews.Benchmarks.Micro;

/// <summary>
/// The site feed (/feed.xml: the latest 20 issues, each in full HTML) as its endpoint renders it on
/// a miss of the response cache: the read of its issues, then the feed to bytes, written by our
/// AtomWriter and by Syndication's Atom10FeedFormatter.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SuppressMessage("Reliability", "CA1001", Justification = "The archive lives from [GlobalSetup] to [GlobalCleanup], which disposes it.")]
public class FeedBenchmarks
{
    private static readonly SiteAddress Site = new("https://news.example.org");

    private SearchArchive? archive;
    private FeedQueries queries = null!;
    private AtomFeed feed = null!;

    [GlobalSetup]
    public void Setup()
    {
        archive = new SearchArchive();
        queries = new FeedQueries(archive.Database);
        feed = FeedBuilder.ForIssues(ReadLatestIssues().GetAwaiter().GetResult(), Site, DateTimeOffset.UnixEpoch);
        if (feed.Entries.Count != FeedBuilder.EntryCount)
        {
            Cleanup();
            throw new InvalidOperationException($"the feed has {feed.Entries.Count} entries, not {FeedBuilder.EntryCount}");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => archive?.Dispose();

    [Benchmark]
    public Task<IReadOnlyList<FeedIssue>> ReadLatestIssues() => queries.ListLatestIssuesAsync(FeedBuilder.EntryCount, CancellationToken.None);

    [Benchmark(Baseline = true)]
    public byte[] HandMade() => AtomWriter.Write(feed, Site.Origin);

    [Benchmark]
    public byte[] Syndication() => SyndicationAtomWriter.Write(feed, Site.Origin);
}
