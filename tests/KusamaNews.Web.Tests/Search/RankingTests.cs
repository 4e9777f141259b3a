using FsCheck;
using FsCheck.Fluent;
using KusamaNews.Web.Features.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KusamaNews.Web.Tests.Search;

/// <summary>search_rank (ours, through FTS5's C API) ranks exactly as FTS5's bm25() does, the fallback.</summary>
public sealed class RankingTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    private static readonly string[] Terms =
    [
        "kusama", "network", "parachain", "auctions", "governance", "blockchain", "\"cross chain\"", "interop*", "KSM",
        "-2019", "-kusama", "OR", "token", "\"parachain auction\"", "development", "community", "Acala", "growth", "dr*",
    ];

    private static async Task<SearchResults> SearchAsync(WebApplicationFactory<Program> site, string q, string sort, string page)
    {
        site.CreateClient();
        return await site.Services.GetRequiredService<SearchQueries>()
            .SearchAsync(SearchRequest.Read(q, sort: sort, page: page), CancellationToken.None);
    }

    private static IEnumerable<(string Url, double Score)> Ranked(SearchResults results) =>
        results.Issues.SelectMany(issue => issue.Sections.Select(section => (section.Url, section.Score)));

    [Fact]
    public async Task SearchRankGivesTheScoresAndOrderOfBm25()
    {
        using var withBm25 = factory.WithWebHostBuilder(builder => builder.UseSetting("Search:NativeRanking", "false"));
        var queries = Gen.Elements(Terms).ListOf().Select(terms => string.Join(' ', terms)).Sample(6, 150)
            .Concat(["kusama", "kusama network", "Acala OR governance", "\"cross chain\" -2019"]);

        foreach (var q in queries)
        {
            foreach (var sort in new[] { "relevance", "newest" })
            {
                var ours = await SearchAsync(factory, q, sort, "1");
                var theirs = await SearchAsync(withBm25, q, sort, "1");

                Assert.Equal((theirs.TotalSections, theirs.TotalIssues, theirs.MatchedAnyTerm), (ours.TotalSections, ours.TotalIssues, ours.MatchedAnyTerm));
                Assert.Equal(Ranked(theirs).Select(r => r.Url), Ranked(ours).Select(r => r.Url));
                foreach (var (mine, bm25) in Ranked(ours).Zip(Ranked(theirs)))
                    Assert.Equal(bm25.Score, mine.Score, 1e-9);
            }
        }
        Assert.DoesNotContain(factory.Logs.Events, e => e.Category.EndsWith("SearchRanker", StringComparison.Ordinal) && e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task TheFallbackIsUsedOnlyWhenAskedFor()
    {
        using var withBm25 = factory.WithWebHostBuilder(builder => builder.UseSetting("Search:NativeRanking", "false"));

        Assert.Equal(2, (await SearchAsync(withBm25, "auctions", "relevance", "1")).TotalIssues);
        Assert.Equal(2, (await SearchAsync(factory, "auctions", "relevance", "1")).TotalIssues);
        Assert.DoesNotContain(factory.Logs.Events, e => e.Message.Contains("FTS5 API is not reachable", StringComparison.Ordinal));
    }
}
