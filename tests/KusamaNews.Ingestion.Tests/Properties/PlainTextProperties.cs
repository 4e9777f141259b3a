using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KusamaNews.Ingestion.HotPaths;
using KusamaNews.Ingestion.Parsing;

namespace KusamaNews.Ingestion.Tests.Properties;

/// <summary>
/// The one-pass line folding of rendered plain text gives exactly what the plain definition gives:
/// split on '\n', trim each line, drop the blank ones, collapse the whitespace inside each; and
/// counts as words the whitespace-separated tokens that hold a letter or digit.
/// </summary>
public sealed class PlainTextProperties
{
    private static readonly string[] Pieces = ["a", "word", "Kusam\u00e1", " ", "  ", "\t", "\n", "\n\n", " \n ", "\u00a0", "\u2028", "\u3000", "\r", "x\ny", "\u2013", "!", "a-b", "3"];

    [Property(MaxTest = 2000)]
    public Property CollapseLinesEqualsSplitTrimDropCollapse()
    {
        var texts = Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts));
        return Prop.ForAll(texts.ToArbitrary(), text =>
        {
            // Chunked, as the renderer's StringBuilder holds long text.
            var builder = new StringBuilder(4);
            foreach (var c in text)
                builder.Append(c);
            var collapsed = PlainTextCollapse.CollapseLines(builder, out var words);
            Assert.Equal(Definition(text), collapsed);
            Assert.Equal(Words(text), words);
        });
    }

    [Theory]
    [InlineData("  One   line \n\n  two\t\tlines  \n", "One line\ntwo lines")]
    [InlineData("\n \n\t\n", "")]
    public void Examples(string rendered, string expected) =>
        Assert.Equal(expected, PlainTextCollapse.CollapseLines(new StringBuilder(rendered), out _));

    private static int Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(token => token.Any(char.IsLetterOrDigit));

    private static string Definition(string text) =>
        string.Join('\n', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(InlineText.CollapseWhitespace));
}
