using Dapper;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KusamaNews.Ingestion.Storage;
using KusamaNews.Web.Features.Search;
using Microsoft.Extensions.DependencyInjection;

namespace KusamaNews.Web.Tests.Search;

/// <summary>Whatever a reader types, translating it never throws and FTS5 never sees a syntax error.</summary>
public sealed class ParsedQueryPropertyTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    // Pieces of FTS5 syntax, crypto tokens and awkward Unicode, to be strung together at random.
    private static readonly string[] Pieces =
    [
        "\"", "“", "”", "(", ")", "*", "-", "+", ":", "^", "{", "}", "NEAR(", "NEAR", ",", "OR", "AND", "NOT", "or",
        "Heading:", "Body", "col:", "$KSM", "XCM-v3", "v1.2.0", "#123", "1,000,000", "Polkadot-SDK", "auction",
        "parachain", "Kusamá", "ß", "ﬁ", "😀", "\ud800", "\udfff", "\0", "\u0301", "中文", " ", " ", "  ", "\t", "'", "\\", ";",
    ];

    private static Gen<string> Hostile() =>
        Gen.OneOf(Gen.Elements(Pieces), ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString()))
            .ListOf()
            .Select(parts => string.Concat(parts));

    private static Gen<string> AnyString() =>
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "");

    private void AssertFts5Accepts(string input)
    {
        var query = ParsedQuery.Parse(input);
        Assert.True(query.Text.Length <= ParsedQuery.MaxLength);
        using var connection = factory.Services.GetRequiredService<ArchiveDatabase>().OpenReader();
        foreach (var match in new[] { query.Match, query.AnyMatch }.OfType<string>())
            connection.ExecuteScalar<long>("SELECT count(*) FROM SearchIndex WHERE SearchIndex MATCH @match", new { match });
    }

    [Property(MaxTest = 1000)]
    public Property RandomStringsNeverThrowAndNeverMakeAnFts5SyntaxError()
    {
        factory.CreateClient(); // starts the site, which ingests TestContent
        return Prop.ForAll(Arb.From(AnyString()), AssertFts5Accepts);
    }

    [Property(MaxTest = 1000)]
    public Property HostileStringsNeverThrowAndNeverMakeAnFts5SyntaxError()
    {
        factory.CreateClient();
        return Prop.ForAll(Arb.From(Hostile()), AssertFts5Accepts);
    }

    // Not a [Property]: each input is a whole asynchronous search; it samples the same generators.
    [Fact]
    public async Task RandomStringsAlwaysGetAnAnswerFromTheWholeSearch()
    {
        factory.CreateClient();
        var queries = factory.Services.GetRequiredService<SearchQueries>();
        var inputs = Hostile().Sample(40, 200).Concat(AnyString().Sample(40, 100));

        foreach (var input in inputs)
        {
            var results = await queries.SearchAsync(SearchRequest.Read(input), CancellationToken.None);
            Assert.True(results.TotalSections >= 0 && results.Issues.Count <= SearchRequest.IssuesPerPage, input);
        }
    }
}
