using Dapper;
using KusamaNews.Ingestion.Storage;
using KusamaNews.Web.Features.Search;
using Microsoft.Extensions.DependencyInjection;

namespace KusamaNews.Web.Tests.Search;

/// <summary>Searches over the two real issues (June 2024, November 2019), through the same queries the page runs.</summary>
public sealed class SearchResultsTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    private Task<SearchResults> SearchAsync(string q, string? topic = null, string? from = null, string? to = null, string? sort = null, string? page = null) =>
        SearchIn(factory, q, topic, from, to, sort, page);

    internal static async Task<SearchResults> SearchIn(KusamaNewsFactory site, string q, string? topic = null, string? from = null, string? to = null, string? sort = null, string? page = null)
    {
        site.CreateClient(); // the first client starts the site, which ingests its content
        return await site.Services.GetRequiredService<SearchQueries>()
            .SearchAsync(SearchRequest.Read(q, topic, from, to, sort, page), CancellationToken.None);
    }

    private static List<string> Urls(SearchResults results) =>
        [.. results.Issues.SelectMany(i => i.Sections).Select(s => s.Url.Split('?')[0])];

    [Fact]
    public async Task AsynchronousBackingFindsTheJune2024SectionsThatSayItTheOneThatLeadsWithItFirst()
    {
        var results = await SearchAsync("asynchronous backing");

        Assert.Equal((2, 1), (results.TotalSections, results.TotalIssues));
        Assert.Equal(
            ["/issues/2024/06/opengov-implementation-steers-kusama-forward", "/issues/2024/06/tech-innovations-boost-kusamas-development"],
            Urls(results));
        Assert.Equal("June 2024", results.Issues[0].Month.DisplayName);
        Assert.Contains("<mark>Asynchronous</mark> <mark>backing</mark>", results.Issues[0].Sections[0].SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcalaFindsNovember2019sDeveloperEcosystemSection()
    {
        var results = await SearchAsync("Acala");

        var section = Assert.Single(results.Issues.SelectMany(i => i.Sections));
        Assert.Equal("/issues/2019/11/developer-ecosystem-kusama-attracts-dynamic-projects?highlight=Acala", section.Url);
        Assert.Equal("Developer Ecosystem: Kusama Attracts Dynamic Projects", section.Heading);
    }

    [Fact]
    public async Task AuctionsFindsBothParachainSectionsEachFirstInItsIssue()
    {
        var results = await SearchAsync("auctions");

        Assert.Equal(2, results.TotalIssues);
        var firsts = results.Issues.Select(i => i.Sections[0].Url.Split('?')[0]).Order().ToList();
        Assert.Equal(
            ["/issues/2019/11/parachain-auctions-unlocking-the-power-of-blockchain", "/issues/2024/06/kusama-exemplifies-blockchain-growth-in-parachain-auctions"],
            firsts);
        Assert.Contains("<mark>Auctions</mark>", results.Issues[0].Sections[0].HeadingHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kusamá", "kusama")]
    [InlineData("AUCTION", "auctions")]
    [InlineData("governed", "governance")]
    [InlineData("\"canary network\"", "\"Canary Network\"")]
    public async Task StemmingCaseAndAccentsDoNotMatter(string typed, string written)
    {
        Assert.Equal(Urls(await SearchAsync(written)), Urls(await SearchAsync(typed)));
        Assert.NotEmpty(Urls(await SearchAsync(typed)));
    }

    [Fact]
    public async Task APhraseMustBeWhole()
    {
        Assert.Equal(3, (await SearchAsync("\"parachain auction\"")).TotalSections);
        Assert.Equal(0, (await SearchAsync("\"auction parachain\"")).TotalSections);
    }

    [Fact]
    public async Task AMinusLeavesOutTheSectionsThatSayTheWord()
    {
        // -2019 excludes sections whose text says "2019", not issues of 2019: the year filter does that.
        var results = await SearchAsync("\"parachain auction\" -2019");

        Assert.Equal(
            ["/issues/2024/06/kusama-exemplifies-blockchain-growth-in-parachain-auctions", "/issues/2019/11/looking-forward-stepping-on-the-gas-for-innovation"],
            Urls(results));
    }

    [Fact]
    public async Task OrFindsEitherWord()
    {
        var either = await SearchAsync("Acala OR asynchronous");

        Assert.Equal((3, false), (either.TotalSections, either.MatchedAnyTerm));
        Assert.True((await SearchAsync("Acala asynchronous")).MatchedAnyTerm);
    }

    [Fact]
    public async Task APrefixFindsEveryWordItBegins()
    {
        var results = await SearchAsync("interop*");

        Assert.Equal(
            [
                "/issues/2019/11/looking-forward-stepping-on-the-gas-for-innovation", // "interoperability"
                "/issues/2019/11/opengov-implementation-governance-takes-on-new-hue", // "interoperable"
                "/issues/2024/06/tech-innovations-boost-kusamas-development", // "interoperability"
            ],
            Urls(results).Order());
    }

    [Theory]
    [InlineData("2020", null, new[] { "2024-06" })]
    [InlineData(null, "2019", new[] { "2019-11" })]
    [InlineData("2019", "2024", new[] { "2019-11", "2024-06" })]
    [InlineData("2024", "2019", new[] { "2019-11", "2024-06" })] // reversed: read as 2019 to 2024
    [InlineData("2020", "2023", new string[0])]
    [InlineData("abc", "-4", new[] { "2019-11", "2024-06" })] // nonsense: no filter
    public async Task YearsNarrowToTheIssuesInTheRange(string? from, string? to, string[] months)
    {
        var results = await SearchAsync("auctions", from: from, to: to);

        Assert.Equal(months, results.Issues.Select(i => i.Month.ToString()).Order());
    }

    [Theory]
    [InlineData("newest", new[] { "2024-06", "2019-11" })]
    [InlineData("oldest", new[] { "2019-11", "2024-06" })]
    public async Task SortsByDateWhenAsked(string sort, string[] months) =>
        Assert.Equal(months, (await SearchAsync("kusama", sort: sort)).Issues.Select(i => i.Month.ToString()));

    [Fact]
    public async Task AnIssueShowsItsThreeBestSectionsAndCountsTheRest()
    {
        var results = await SearchAsync("kusama", sort: "newest");

        var june = results.Issues[0];
        Assert.Equal((7, 3, 4), (june.MatchingSections, june.Sections.Count, june.MoreSections));
        Assert.True(june.Sections.Zip(june.Sections.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
    }

    [Fact]
    public async Task WhenNoSectionHasEveryWordTheSectionsWithAnyOfThemAreShown()
    {
        var results = await SearchAsync("Acala zyxwvut");

        Assert.True(results.MatchedAnyTerm);
        Assert.Equal(1, results.TotalSections);
        Assert.Null(results.Suggestion);
    }

    [Theory]
    [InlineData("parachian", "parachain")]
    [InlineData("Parachian auctions", "parachain auctions")]
    [InlineData("comunity", "community")]
    [InlineData("goverance", "governance")]
    public async Task AMisspeltWordGetsTheClosestTermOfTheIndex(string typed, string suggested)
    {
        var results = await SearchAsync(typed);

        Assert.True(results.TotalSections == 0 || results.MatchedAnyTerm);
        Assert.Equal(suggested, results.Suggestion);
        Assert.NotEqual(0, (await SearchAsync(suggested)).TotalSections);
    }

    [Fact]
    public async Task NothingCloseMeansNoSuggestion() =>
        Assert.Null((await SearchAsync("qqqqzzzz")).Suggestion);

    [Fact]
    public async Task ASearchReadsWhileAnIngestionHoldsTheWriteLock()
    {
        using var site = new KusamaNewsFactory();
        site.CreateClient();
        using var writer = site.Services.GetRequiredService<ArchiveDatabase>().OpenWriter();
        using var ingestion = writer.BeginTransaction(); // BEGIN IMMEDIATE: the write lock
        writer.Execute("UPDATE ArchiveState SET LastIngestedUtc = 'now'", transaction: ingestion);

        var results = await SearchIn(site, "auctions").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, results.TotalIssues);
    }

    [Fact]
    public async Task ATopicNarrowsToTheSectionsTaggedWithIt()
    {
        var everything = await SearchAsync("kusama");
        var tagged = await SearchAsync("kusama", topic: "parachains");
        var unknownTopic = await SearchAsync("kusama", topic: "no-such-topic");

        List<string> taggedPaths;
        using (var connection = factory.Services.GetRequiredService<ArchiveDatabase>().OpenReader())
        {
            taggedPaths = connection.Query<(long Year, long Month, string Slug)>("""
                SELECT i.Year, i.Month, s.Slug FROM SectionTopics st
                JOIN Sections s ON s.Id = st.SectionId JOIN Issues i ON i.Id = s.IssueId
                WHERE st.TopicSlug = 'parachains' AND s.Id IN (
                    SELECT rowid FROM SearchIndex WHERE SearchIndex MATCH 'kusama')
                """).Select(r => $"/issues/{r.Year:D4}/{r.Month:D2}/{r.Slug}").ToList();
        }

        Assert.InRange(tagged.TotalSections, 1, everything.TotalSections - 1);
        Assert.Equal(taggedPaths.Count, tagged.TotalSections);
        Assert.All(Urls(tagged), url => Assert.Contains(url, taggedPaths));
        Assert.Equal(0, unknownTopic.TotalSections);
        Assert.Contains(new TopicLink("parachains", "Parachains"), tagged.Topics);
    }

    [Fact]
    public async Task NothingFoundLinksTheTopicsNamedLikeTheQuery()
    {
        var results = await SearchAsync("parachains zyxwvut");

        Assert.True(results.MatchedAnyTerm);
        Assert.Equal([new TopicLink("parachains", "Parachains")], results.MatchingTopics);
    }
}
