namespace KusamaNews.Ingestion.Tests.Parsing;

/// <summary>Raw HTML and unsafe URLs in an issue never reach the rendered HTML as markup.</summary>
public sealed class RenderingSafetyTests
{
    private static readonly string Html = string.Join('\n', Fixture.Read("hostile.md").Issue!.Sections.Select(s => s.Html));

    [Theory]
    [InlineData("<script")]
    [InlineData("<iframe")]
    [InlineData("<img")]
    [InlineData("href=\"javascript")]
    [InlineData("href=\"java\tscript")]
    [InlineData("src=\"data:")]
    public void DangerousMarkupAndUrlsAreGone(string dangerous) =>
        Assert.DoesNotContain(dangerous, Html, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void OnlyAllowedUrlsAppearInAttributes()
    {
        var hrefs = System.Text.RegularExpressions.Regex.Matches(Html, "(?:href|src)=\"([^\"]*)\"").Select(m => m.Groups[1].Value);

        Assert.Equal(["https://example.org/a?b=1", "/issues/2019/11", "mailto:editor@example.org"], hrefs);
    }

    [Fact]
    public void RawHtmlIsShownAsEscapedText()
    {
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", Html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusedLinksKeepTheirTextAndSafeLinksStay()
    {
        Assert.Contains("click me and [spaced](java\tscript:alert(4)) and entity", Html, StringComparison.Ordinal);
        Assert.Contains("<p>pixel and javascript:alert(6)</p>", Html, StringComparison.Ordinal);
        Assert.Contains("by reference", Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/a?b=1\">fine</a>", Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/issues/2019/11\">relative</a>", Html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:editor@example.org\"", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void EachRefusedUrlIsReported()
    {
        var warnings = Fixture.Read("hostile.md").Diagnostics.Where(d => d.Message.Contains("removed", StringComparison.Ordinal)).ToList();

        // The tab makes "[spaced](java\tscript:…)" no link at all in CommonMark, so four links and an image.
        Assert.Equal([13, 13, 15, 17], warnings.Where(w => w.Message.StartsWith("link", StringComparison.Ordinal)).Select(w => w.Line).Order());
        Assert.Single(warnings, w => w.Message.StartsWith("image", StringComparison.Ordinal));
    }

    [Fact]
    public void HeadingsKeepMarkupAsPlainText() =>
        Assert.Equal("Lead <script>alert('heading')</script>", Fixture.Read("hostile.md").Issue!.Sections[0].Heading);

    [Fact]
    public void AnAutolinkBeforeARefusedLinkIsRefusedToo()
    {
        // Found by ParserProperties: unwrapping the second link once hid the first from Markdig's Descendants().
        var result = Fixture.Read("autolink-before-refused-link.md");

        var html = result.Issue!.Sections[0].Html;
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"vbscript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"https://ok.example\">kept</a>", html, StringComparison.Ordinal);
        Assert.Equal(4, result.Diagnostics.Count(d => d.Message.Contains("removed", StringComparison.Ordinal)));
    }
}
