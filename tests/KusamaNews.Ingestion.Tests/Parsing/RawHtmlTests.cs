using KusamaNews.Ingestion.Parsing;
using KusamaNews.Ingestion.Pipeline;

namespace KusamaNews.Ingestion.Tests.Parsing;

/// <summary>
/// What becomes of an editor's raw HTML: comments vanish, harmless tags are markup, anything else
/// is text with a warning, and "Vec&lt;T&gt;" is text without one.
/// </summary>
public sealed class RawHtmlTests
{
    private static IssueReadResult Read(string body) => Fixture.ReadText("# Kusama News - June 2024\n\n# Headline\n\n## Lead\n\n" + body);

    private static ParsedSection Lead(string body) => Read(body).Issue!.Sections[0];

    [Theory]
    [InlineData("Text <!-- Do not roll over to next week --> more.")]
    [InlineData("Text\n\n<!-- Do not roll over\nto next week -->\n\nmore.")]
    [InlineData("<!-- Do not roll over to next week -->\n\nText more.")]
    [InlineData("| a | b |\n|---|---|\n| Text <!-- Do not roll over to next week --> | more. |")]
    public void CommentsLeaveNoTraceAndNoWarning(string body)
    {
        var result = Read(body);
        var lead = result.Issue!.Sections[0];

        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain("roll over", lead.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", lead.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("roll over", lead.PlainText, StringComparison.Ordinal);
        Assert.Contains("Text", lead.PlainText, StringComparison.Ordinal);
        Assert.Contains("more.", lead.PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a<br>b", "<p>a<br>b</p>")]
    [InlineData("a<br />b", "<p>a<br>b</p>")]
    [InlineData("x<sup>2</sup> H<sub>2</sub>O", "<p>x<sup>2</sup> H<sub>2</sub>O</p>")]
    [InlineData("<kbd>Ctrl</kbd>", "<p><kbd>Ctrl</kbd></p>")]
    [InlineData("<abbr title=\"Proof of Stake\">PoS</abbr>", "<p><abbr title=\"Proof of Stake\">PoS</abbr></p>")]
    [InlineData("<mark>this</mark>", "<p><mark>this</mark></p>")]
    [InlineData("<details open>\n<summary>More</summary>\n\n*Hidden* text\n\n</details>", "<details open=\"\">\n<summary>More</summary>\n<p><em>Hidden</em> text</p>\n</details>")]
    public void HarmlessTagsAreMarkup(string body, string html)
    {
        var result = Read(body);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(html, result.Issue!.Sections[0].Html);
    }

    [Fact]
    public void HarmlessTagsKeepOnlyTitleAndOpenAndEachOtherAttributeIsReported()
    {
        var result = Read("<kbd style=\"color:red\" class=\"big\" onclick=\"alert(1)\" title=\"key\">K</kbd>");

        Assert.Equal("<p><kbd title=\"key\">K</kbd></p>", result.Issue!.Sections[0].Html);
        Assert.Equal(
            ["class attribute of <kbd>", "onclick attribute of <kbd>", "style attribute of <kbd>"],
            result.Diagnostics.Select(d => d.Message[4..(d.Message.IndexOf('>', StringComparison.Ordinal) + 1)]).Order());
        Assert.All(result.Diagnostics, d => Assert.Equal(7, d.Line));
    }

    [Fact]
    public void AnAttributeValueKeepsItsAngleBracketsEscaped()
    {
        // The site's ?highlight= marks read '<' and '>' as tags only: no raw one may sit in an attribute.
        var html = Lead("<abbr title='a > b <script>'>x</abbr>").Html;

        Assert.Equal("<p><abbr title=\"a &gt; b &lt;script&gt;\">x</abbr></p>", html);
    }

    [Theory]
    [InlineData("<div>x</div>", "&lt;div&gt;x&lt;/div&gt;")]
    [InlineData("An <img src=\"https://example.org/x.png\"> image", "&lt;img src=&quot;https://example.org/x.png&quot;&gt;")]
    [InlineData("A <a href=\"https://example.org\">link</a>", "&lt;a href=&quot;https://example.org&quot;&gt;link&lt;/a&gt;")]
    [InlineData("<span style=\"color:red\">red</span>", "&lt;span style=&quot;color:red&quot;&gt;red&lt;/span&gt;")]
    [InlineData("<STYLE>p{}</STYLE>", "&lt;STYLE&gt;p{}&lt;/STYLE&gt;")]
    public void OtherTagsAreShownAsTextWithAWarningOnTheirLine(string body, string shown)
    {
        var result = Read(body);

        Assert.Contains(shown, result.Issue!.Sections[0].Html, StringComparison.Ordinal);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(7, warning.Line);
        Assert.Contains("is shown as text, not as markup", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A Vec<T> and a From<E>.", "A Vec&lt;T&gt; and a From&lt;E&gt;.")]
    [InlineData("Box<Option> and Foo<B> and Option<Box<dyn Error>>", "Box&lt;Option&gt; and Foo&lt;B&gt; and Option&lt;Box&lt;dyn Error&gt;&gt;")]
    [InlineData("<T>\n\ntext", "&lt;T&gt;")]
    public void TypeNamesAreTextWithoutAWarning(string body, string shown)
    {
        var result = Read(body);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(shown, result.Issue!.Sections[0].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnHtmlBlockWithAnotherTagIsReadAsMarkdownOnItsOwnLines()
    {
        var result = Read("Before.\n\n<div align=\"center\">\n**Bold** and [bad](javascript:alert(1)) and <sup>1</sup>\n</div>");

        Assert.Equal("<p>Before.</p>\n<p>&lt;div align=&quot;center&quot;&gt;\n<strong>Bold</strong> and bad and &lt;sup&gt;1&lt;/sup&gt;\n&lt;/div&gt;</p>", result.Issue!.Sections[0].Html);
        Assert.Collection(
            result.Diagnostics.OrderBy(d => d.Line),
            d => Assert.True(d.Line == 9 && d.Message.StartsWith("raw HTML <div", StringComparison.Ordinal), d.ToString()),
            d => Assert.True(d.Line == 10 && d.Message.StartsWith("link to", StringComparison.Ordinal), d.ToString()));
    }

    [Fact]
    public void OnlyASectionWithAnEditorsTagIsSanitized()
    {
        // Markdig writes a hard break as "<br />"; HtmlSanitizer, which parses and writes the section again, as "<br>".
        var issue = Read("Plain  \nbreak.\n\n## Tagged\n\nTagged  \nbreak <kbd>K</kbd>.").Issue!;

        Assert.Equal("<p>Plain<br />\nbreak.</p>", issue.Sections[0].Html);
        Assert.Equal("<p>Tagged<br>\nbreak <kbd>K</kbd>.</p>", issue.Sections[1].Html);
    }

    [Fact]
    public void ASanitizedSectionKeepsItsLinksTableAlignmentAndCodeLanguage()
    {
        var html = Lead("<kbd>K</kbd> [relative](/issues/2024/05#lead), <irc://irc.example.org/kusama>, [call](tel:+15550100)\n\n"
            + "| a |\n|--:|\n| 1 |\n\n```rust\nlet x = 1;\n```").Html;

        Assert.Contains("<a href=\"/issues/2024/05#lead\">relative</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"irc://irc.example.org/kusama\">irc://irc.example.org/kusama</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:+15550100\">call</a>", html, StringComparison.Ordinal);
        Assert.Contains("<td style=\"text-align: right\">1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code class=\"language-rust\">let x = 1;", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"scrolling-region\" role=\"region\" tabindex=\"0\" aria-label=\"Table: a\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnclosedTagEndsWithItsSection()
    {
        var issue = Read("<details><summary>Never closed\n\n## Next\n\nText.").Issue!;

        Assert.Equal("<details><summary>Never closed</summary></details>", issue.Sections[0].Html);
        Assert.Equal("<p>Text.</p>", issue.Sections[1].Html);
    }

    [Fact]
    public void AnEditorsTagInAHeadingIsLeftOutOfItsText() =>
        Assert.Equal("Lead 1 and <div>", Fixture.ReadText("# Kusama News - June 2024\n\n# H\n\n## Lead <sup>1</sup> and <div>\n\nText.\n").Issue!.Sections[0].Heading);

    [Fact]
    public void PlainTextHasTheWordsOfAnHtmlBlockNotItsTags() =>
        Assert.Equal("More\nHidden text\nA line break", Lead("<details>\n<summary>More</summary>\n\nHidden text\n\n</details>\n\nA line<br>break").PlainText);
}
