namespace KusamaNews.Ingestion.Tests.Text;

/// <summary>Mojibake (UTF-8 read as a legacy code page and saved again) is repaired; real accents and punctuation are left alone.</summary>
public sealed class MojibakeRepairTests
{
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
        var result = Fixture.ReadText(Fixture.AccentedIssue.Replace("Text.", $"Say {mangled} now.", StringComparison.Ordinal));

        Assert.Equal($"Say {meant} now.", result.Issue!.Sections[0].PlainText);
    }
}
