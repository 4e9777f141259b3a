using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using KusamaNews.Ingestion.Storage;
using KusamaNews.Web.Site.Text;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Web.Tests.Search;

/// <summary>
/// A result's link marks again, on the section page, exactly the words FTS5 marked in the result:
/// the search index's own highlight() against <see cref="HighlightedHtml"/> given the words
/// <see cref="MarkedText.MatchedWords"/> took from it.
/// </summary>
public sealed partial class HighlightAgreementTests
{
    [Theory]
    [InlineData("Kusamá, Kusama’s and the Kusamaverse", "kusama")]
    [InlineData("Auctions: an auction, auctioned", "auction")]
    [InlineData("άλφα is not αλφα", "άλφα")] // SQLite keeps Greek accents
    [InlineData("Ёлка is not елка", "ёлка")]
    [InlineData("ﬁnance is not finance", "finance")] // nor does it undo ligatures
    [InlineData("x̲y is x and y", "x")] // a combining mark that is not one of SQLite's diacritics separates
    [InlineData("an 🥑 and a 😀", "🥑")] // newer than SQLite's tables: a token character
    [InlineData("ǅemal and ǆemal", "ǆemal")]
    public void TheSectionPageMarksWhatTheSearchIndexMarked(string text, string query)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute($"CREATE VIRTUAL TABLE Texts USING fts5(Text, tokenize = '{IndexTokenizer()}')");
        connection.Execute("INSERT INTO Texts(Text) VALUES (@text)", new { text });
        var marked = connection.QuerySingle<string>("SELECT highlight(Texts, 0, char(2), char(3)) FROM Texts WHERE Texts MATCH @match",
            new { match = $"\"{query}\"" });

        var words = HighlightedHtml.ParseWords(string.Join(' ', MarkedText.MatchedWords(marked)));

        Assert.Equal(MarkedText.ToHtml(marked), HighlightedHtml.Mark(WebUtility.HtmlEncode(text), words));
    }

    private static string IndexTokenizer()
    {
        using var schema = typeof(ArchiveDatabase).Assembly.GetManifestResourceStream("Schema.sql")!;
        return TokenizeOption().Match(new StreamReader(schema).ReadToEnd()).Groups[1].Value;
    }

    [GeneratedRegex(@"tokenize\s*=\s*'([^']*)'")]
    private static partial Regex TokenizeOption();
}
