using KusamaNews.Web.Features.Search;
using KusamaNews.Web.Site.Text;

namespace KusamaNews.Web.Tests.Search;

/// <summary>Marks from FTS5 and ?highlight= become &lt;mark&gt; around escaped text, never anything else.</summary>
public sealed class MarkingTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a \u0002b\u0003 c", "a <mark>b</mark> c")]
    [InlineData("<i>\u0002&\u0003</i>", "&lt;i&gt;<mark>&amp;</mark>&lt;/i&gt;")]
    [InlineData("\u0002open only", "<mark>open only</mark>")]
    [InlineData("close\u0003 only", "close only")]
    [InlineData("Kusama’s “quote”", "Kusama’s “quote”")]
    public void SnippetsAreEscapedAroundTheirMarks(string marked, string html) =>
        Assert.Equal(html, MarkedText.ToHtml(marked));

    [Fact]
    public void TheMatchedWordsAreTheDistinctWordsInsideMarks() =>
        Assert.Equal(["Parachain", "auctions", "XCM", "v3"],
            MarkedText.MatchedWords("\u0002Parachain auctions\u0003 and \u0002parachain\u0003 \u0002XCM-v3\u0003"));

    [Theory]
    [InlineData("<p>Kusama and kusamá</p>", "kusama", "<p><mark>Kusama</mark> and <mark>kusamá</mark></p>")]
    [InlineData("<p><a href=\"/kusama\" title=\"kusama\">Kusama</a></p>", "kusama", "<p><a href=\"/kusama\" title=\"kusama\"><mark>Kusama</mark></a></p>")]
    [InlineData("<p>Kusamaverse &amp; Kusama&#39;s</p>", "kusama", "<p>Kusamaverse &amp; <mark>Kusama</mark>&#x27;s</p>")]
    [InlineData("<p>a &lt;b&gt; c</p>", "b", "<p>a &lt;<mark>b</mark>&gt; c</p>")]
    [InlineData("<h2>p</h2><p>p</p>", "h2 p", "<h2><mark>p</mark></h2><p><mark>p</mark></p>")]
    [InlineData("<p>nothing</p>", "", "<p>nothing</p>")]
    public void HighlightingWrapsWholeWordsInTextNodesOnly(string html, string words, string expected) =>
        Assert.Equal(expected, HighlightedHtml.Mark(html, HighlightedHtml.ParseWords(words)));

    [Fact]
    public void AHighlightValueIsCappedInWordsAndLength()
    {
        var words = HighlightedHtml.ParseWords(string.Join(' ', Enumerable.Range(0, 40).Select(i => $"w{i}")) + " " + new string('x', 100));

        Assert.Equal(HighlightedHtml.MaxWords, words.Count);
        Assert.DoesNotContain(new string('x', 100), words);
    }

    [Theory]
    [InlineData("parachian", "parachain", "parachain")]
    [InlineData("comunity", "commun", "community")]
    [InlineData("goverance", "govern", "governance")]
    [InlineData("auctons", "auction", "auctions")]
    [InlineData("kusama", "kusama", null)] // the word itself: nothing to correct
    [InlineData("wombat", "kusama", null)]
    [InlineData("cat", "car", null)] // too short to guess
    public void ASuggestionIsACloseTermKeepingTheReadersEnding(string word, string term, string? suggested) =>
        Assert.Equal(suggested, SpellingSuggestions.Closest(word, term)?.Word);
}
