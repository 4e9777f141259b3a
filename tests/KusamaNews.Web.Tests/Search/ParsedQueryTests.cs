using KusamaNews.Web.Features.Search;

namespace KusamaNews.Web.Tests.Search;

/// <summary>What a reader types, and the FTS5 expression it becomes: every term a quoted string.</summary>
public sealed class ParsedQueryTests
{
    [Theory]
    // The reader's language
    [InlineData("auctions", "\"auctions\"")]
    [InlineData("asynchronous backing", "\"asynchronous\" AND \"backing\"")]
    [InlineData("\"parachain auction\"", "\"parachain auction\"")]
    [InlineData("\"parachain auction\" -2019", "\"parachain auction\" NOT \"2019\"")]
    [InlineData("referend*", "\"referend\"*")]
    [InlineData("\"cross chain\"*", "\"cross chain\"*")]
    [InlineData("xcm OR hrmp", "(\"xcm\" OR \"hrmp\")")]
    [InlineData("xcm OR hrmp OR dmp upgrade", "(\"xcm\" OR \"hrmp\" OR \"dmp\") AND \"upgrade\"")]
    [InlineData("kusama -polkadot -ethereum", "\"kusama\" NOT (\"polkadot\" OR \"ethereum\")")]
    [InlineData("auction treasury -2019", "(\"auction\" AND \"treasury\") NOT \"2019\"")]
    [InlineData("-\"canary network\" kusama", "\"kusama\" NOT \"canary network\"")]
    // Crypto tokens: as written, left whole for the tokenizer to split into a phrase
    [InlineData("$KSM", "\"$KSM\"")]
    [InlineData("XCM-v3", "\"XCM-v3\"")]
    [InlineData("v1.2.0", "\"v1.2.0\"")]
    [InlineData("#123", "\"#123\"")]
    [InlineData("1,000,000", "\"1,000,000\"")]
    [InlineData("Polkadot-SDK", "\"Polkadot-SDK\"")]
    [InlineData("Polkadot-SDK*", "\"Polkadot-SDK\"*")]
    // FTS5 syntax the reader did not mean is text
    [InlineData("NEAR(auction treasury)", "\"NEAR(auction\" AND \"treasury)\"")]
    [InlineData("NEAR(\"a b\", 2)", "\"NEAR(\" AND \"a b\" AND \"2)\"")]
    [InlineData("heading:auction", "\"heading:auction\"")]
    [InlineData("{Heading Body}: auction", "\"{Heading\" AND \"Body}:\" AND \"auction\"")]
    [InlineData("^auction", "\"^auction\"")]
    [InlineData("auction AND treasury", "\"auction\" AND \"AND\" AND \"treasury\"")]
    [InlineData("auction NOT treasury", "\"auction\" AND \"NOT\" AND \"treasury\"")]
    [InlineData("(auction OR treasury)", "(\"(auction\" OR \"treasury)\")")]
    [InlineData("auction + treasury", "\"auction\" AND \"treasury\"")]
    [InlineData("auction \"treasury", "\"auction\" AND \"treasury\"")]
    [InlineData("\"auction\" treasury\"", "\"auction\" AND \"treasury\"")]
    [InlineData("a\"b", "\"a\" AND \"b\"")]
    [InlineData("say “council”", "\"say\" AND \"council\"")]
    [InlineData("OR auction", "\"OR\" AND \"auction\"")]
    [InlineData("auction OR", "\"auction\" AND \"OR\"")]
    [InlineData("auction OR -treasury", "(\"auction\" AND \"OR\") NOT \"treasury\"")]
    [InlineData("auction or treasury", "\"auction\" AND \"or\" AND \"treasury\"")]
    [InlineData("a* b", "\"a\" AND \"b\"")]
    [InlineData("auction*** *", "\"auction\"*")]
    [InlineData("--auction kusama", "\"kusama\" NOT \"-auction\"")]
    [InlineData("kusama - auction", "\"kusama\" AND \"auction\"")]
    // Normalised: NFKC (full-width forms, ligatures), whitespace collapsed, control characters dropped
    [InlineData("  ＡＵＣＴＩＯＮ\t\n", "\"AUCTION\"")]
    [InlineData("ﬁnance", "\"finance\"")]
    [InlineData("kusama\0\u0007auction", "\"kusama\" AND \"auction\"")]
    [InlineData("＂parachain auction＂", "\"parachain auction\"")]
    public void TranslatesWhatAReaderTypes(string input, string expected) =>
        Assert.Equal(expected, ParsedQuery.Parse(input).Match);

    [Theory]
    [InlineData(null, ParsedQueryProblem.Empty)]
    [InlineData("", ParsedQueryProblem.Empty)]
    [InlineData("   \t ", ParsedQueryProblem.Empty)]
    [InlineData("^ ( ) * - : \"\"", ParsedQueryProblem.NothingToSearch)]
    [InlineData("OR", ParsedQueryProblem.None)]
    [InlineData("-auction -treasury", ParsedQueryProblem.OnlyExclusions)]
    [InlineData("-auction OR", ParsedQueryProblem.None)]
    public void SaysWhyThereIsNothingToSearch(string? input, ParsedQueryProblem problem)
    {
        var query = ParsedQuery.Parse(input);

        Assert.Equal(problem, query.Problem);
        Assert.Equal(problem == ParsedQueryProblem.None, query.Match is not null);
    }

    [Theory]
    // A term is searched when the search index's tokenizer finds a token in it, as FTS5 would look for one
    [InlineData("🥑", "\"🥑\"")] // newer than SQLite's Unicode tables, so a token character to it
    [InlineData("\uE000", "\"\uE000\"")] // private use
    [InlineData("😀 auction", "\"auction\"")] // a symbol SQLite knows: no token
    [InlineData("ab🥑* x", "\"ab🥑\"* AND \"x\"")]
    public void SearchesATermWhenTheIndexFindsATokenInIt(string input, string expected) =>
        Assert.Equal(expected, ParsedQuery.Parse(input).Match);

    [Theory]
    [InlineData("parachain auction -2019", "(\"parachain\" OR \"auction\") NOT \"2019\"")]
    [InlineData("\"parachain auction\" treasury", "\"parachain auction\" OR \"treasury\"")]
    [InlineData("parachain", null)]
    [InlineData("xcm OR hrmp", null)]
    public void OffersAnyOfTheTermsAsTheFallback(string input, string? expected) =>
        Assert.Equal(expected, ParsedQuery.Parse(input).AnyMatch);

    [Fact]
    public void CapsTheInputAt256CharactersWithoutSplittingASurrogatePair()
    {
        var longWord = new string('a', 255) + "😀" + " tail";

        var query = ParsedQuery.Parse(longWord);

        Assert.Equal(255, query.Text.Length);
        Assert.DoesNotContain("tail", query.Match);
    }

    [Fact]
    public void ALoneSurrogateIsReplacedNotAnError()
    {
        var query = ParsedQuery.Parse("kusama \ud800 auction \udfff");

        Assert.Equal("\"kusama\" AND \"auction\"", query.Match);
    }

    [Fact]
    public void WordsAreThePlainPositiveTermsThatASuggestionCanCorrect()
    {
        var query = ParsedQuery.Parse("parachian \"exact phrase\" pref* -excluded Auction auction");

        Assert.Equal(["parachian", "Auction"], query.Words);
    }

    [Fact]
    public void ReplaceSwapsOneWordOfTheTextForASuggestion() =>
        Assert.Equal("parachain \"auction\" -2019", ParsedQuery.Parse("Parachian \"auction\" -2019").Replace("parachian", "parachain"));
}
