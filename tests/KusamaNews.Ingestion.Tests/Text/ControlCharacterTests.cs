namespace KusamaNews.Ingestion.Tests.Text;

/// <summary>CR LF and CR become LF, and NUL characters are removed with a warning; the lines diagnostics name stay right.</summary>
public sealed class ControlCharacterTests
{
    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void CrLfAndCrAreNormalisedAndLinesStillCount(string newline)
    {
        var result = Fixture.ReadText("# Kusama News - Smarch 2024\n\n# H\n\n## Lead\n\nText.\n".Replace("\n", newline, StringComparison.Ordinal));

        Assert.Equal(1, Assert.Single(result.Diagnostics).Line);
        var good = Fixture.ReadText(Fixture.AccentedIssue.Replace("\n", newline, StringComparison.Ordinal));
        Assert.DoesNotContain('\r', good.Issue!.Sections[0].Markdown);
        Assert.DoesNotContain('\r', good.Issue!.Sections[0].Html);
        Assert.DoesNotContain('\r', good.Issue!.Sections[0].PlainText);
    }

    [Fact]
    public void NulBytesAreRemovedWithAWarning()
    {
        var result = Fixture.ReadText(Fixture.AccentedIssue.Replace("Text.", "Te\0xt.", StringComparison.Ordinal));

        Assert.Equal("Text.", result.Issue!.Sections[0].PlainText);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(7, warning.Line);
        Assert.Contains("NUL", warning.Message, StringComparison.Ordinal);
    }
}
