using System.Text;
using KusamaNews.Ingestion.Diagnostics;

namespace KusamaNews.Ingestion.Tests.Text;

public sealed class DecodingTests
{
    private const string Issue = "# Kusama News - June 2024\n\n# Caf\u00e9 Headline\n\n## Lead\n\nText.\n";

    [Fact]
    public void Utf8WithAndWithoutBomReadTheSame()
    {
        var plain = Fixture.ReadBytes(Encoding.UTF8.GetBytes(Issue));
        var withBom = Fixture.ReadBytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Issue)]);

        Assert.Equal("Caf\u00e9 Headline", plain.Issue!.Headline);
        Assert.Equal(plain.Issue.Headline, withBom.Issue!.Headline);
        Assert.Empty(withBom.Diagnostics);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithBomIsRead(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var result = Fixture.ReadBytes([.. encoding.GetPreamble(), .. encoding.GetBytes(Issue)]);

        Assert.Equal("Caf\u00e9 Headline", result.Issue!.Headline);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Utf16BomWithBrokenBodyIsAnError()
    {
        var result = Fixture.ReadBytes([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41]);

        Assert.Null(result.Issue);
        Assert.Contains("not valid UTF-16", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BytesThatAreNotUtf8AreReadAsWindows1252WithAWarningOnTheirLine()
    {
        var latin1 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Issue);

        var result = Fixture.ReadBytes(latin1);

        Assert.Equal("Caf\u00e9 Headline", result.Issue!.Headline);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(3, warning.Line);
        Assert.Contains("Windows-1252", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void CrLfAndCrAreNormalisedAndLinesStillCount(string newline)
    {
        var result = Fixture.ReadText("# Kusama News - Smarch 2024\n\n# H\n\n## Lead\n\nText.\n".Replace("\n", newline, StringComparison.Ordinal));

        Assert.Equal(1, Assert.Single(result.Diagnostics).Line);
        var good = Fixture.ReadText(Issue.Replace("\n", newline, StringComparison.Ordinal));
        Assert.DoesNotContain('\r', good.Issue!.Sections[0].Markdown);
        Assert.DoesNotContain('\r', good.Issue!.Sections[0].Html);
        Assert.DoesNotContain('\r', good.Issue!.Sections[0].PlainText);
    }

    [Fact]
    public void NulBytesAreRemovedWithAWarning()
    {
        var result = Fixture.ReadText(Issue.Replace("Text.", "Te\0xt.", StringComparison.Ordinal));

        Assert.Equal("Text.", result.Issue!.Sections[0].PlainText);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(7, warning.Line);
        Assert.Contains("NUL", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryGarbageIsAnErrorNotAnIssue()
    {
        var random = new Random(42);
        var bytes = new byte[4096];
        random.NextBytes(bytes);

        var result = Fixture.ReadBytes(bytes);

        Assert.Null(result.Issue);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains("binary", StringComparison.Ordinal));
    }

    [Fact]
    public void Windows1252MojibakeIsRepairedLineByLine()
    {
        var result = Fixture.Read("mojibake-1252.md");

        var issue = result.Issue!;
        Assert.Equal("Kusama\u2019s Lead", issue.Sections[0].Heading);
        Assert.StartsWith("The caf\u00e9 said \u201Chello\u201D.", issue.Sections[0].PlainText, StringComparison.Ordinal);
        Assert.Equal([5, 7], result.Diagnostics.Select(d => d.Line));
        Assert.All(result.Diagnostics, d => Assert.Contains("Windows-1252", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void RealAccentsAndPunctuationNextToEachOtherAreLeftAlone()
    {
        var issue = Fixture.Read("mojibake-1252.md").Issue!;

        Assert.Contains("prose\u2014\u00e9clair stays as it is, and Stra\u00dfe\u201D too.", issue.Sections[0].PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u201A\u00C4\u00F4", "\u2019")]
    [InlineData("\u201A\u00C4\u00FA", "\u201C")]
    [InlineData("\u201A\u00C4\u00F9", "\u201D")]
    [InlineData("\u00E2\u20AC\u201D", "\u2014")]
    [InlineData("\u00C3\u00A9", "\u00e9")]
    [InlineData("\u00C3\u0192\u00C2\u00A9", "\u00e9")]
    public void KnownMojibakeFormsAreRepaired(string mangled, string meant)
    {
        var result = Fixture.ReadText(Issue.Replace("Text.", $"Say {mangled} now.", StringComparison.Ordinal));

        Assert.Equal($"Say {meant} now.", result.Issue!.Sections[0].PlainText);
    }
}
