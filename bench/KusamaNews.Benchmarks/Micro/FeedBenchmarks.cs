using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using KusamaNews.Web.Features.FrontPage;
using KusamaNews.Web.Site.Feeds;
using KusamaNews.Web.Site.Urls;

namespace KusamaNews.Benchmarks.Micro;

/// <summary>
/// The site feed (/feed.xml: the latest 20 issues, each in full HTML) as its endpoint renders it on
/// a miss of the response cache: the read of its issues, then the feed built and written as Atom.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SuppressMessage("Reliability", "CA1001", Justification = "The archive lives from [GlobalSetup] to [GlobalCleanup], which disposes it.")]
public class FeedBenchmarks
{
    private static readonly SiteAddress Site = new("https://news.example.org");

    private SearchArchive? archive;
    private SiteFeedQueries queries = null!;
    private IReadOnlyList<FeedIssue> issues = [];

    [GlobalSetup]
    public void Setup()
    {
        archive = new SearchArchive();
        queries = new SiteFeedQueries(archive.Database);
        issues = ReadLatestIssues().GetAwaiter().GetResult();
        if (issues.Count != AtomFeeds.EntryCount)
        {
            Cleanup();
            throw new InvalidOperationException($"the archive gave {issues.Count} issues for the feed, not {AtomFeeds.EntryCount}");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => archive?.Dispose();

    [Benchmark]
    public Task<IReadOnlyList<FeedIssue>> ReadLatestIssues() => queries.ListLatestIssuesAsync(AtomFeeds.EntryCount, CancellationToken.None);

    [Benchmark]
    public byte[] BuildAndWrite() => AtomWriter.Write(SiteFeed.Build(issues, Site, DateTimeOffset.UnixEpoch));
}
