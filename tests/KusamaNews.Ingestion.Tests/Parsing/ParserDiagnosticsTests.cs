using KusamaNews.Ingestion.Diagnostics;
using KusamaNews.Ingestion.Domain;

namespace KusamaNews.Ingestion.Tests.Parsing;

/// <summary>Each way an issue file can fail gives an error on the line that is wrong, and no issue.</summary>
public sealed class ParserDiagnosticsTests
{
    [Theory]
    [InlineData("no-masthead.md", 1, "no masthead")]
    [InlineData("impossible-month.md", 2, "\"Smarch\" is not a month")]
    [InlineData("ambiguous-month.md", 1, "ambiguous (June or July)")]
    [InlineData("no-sections.md", 3, "no sections")]
    [InlineData("empty.md", 1, "empty")]
    [InlineData("bad-front-matter.md", 2, "not valid YAML")]
    public void FailingFileGivesAnErrorOnTheRightLineAndNoIssue(string fixture, int line, string message)
    {
        var result = Fixture.Read(fixture);

        Assert.Null(result.Issue);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(fixture, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DiagnosticsPrintInCompilerFormat()
    {
        var error = Assert.Single(Fixture.Read("impossible-month.md").Diagnostics);

        Assert.Equal("content/impossible-month.md:2: error: \"Smarch\" is not a month", error.Format("content/impossible-month.md"));
    }

    [Fact]
    public void WhitespaceOnlyFileIsEmpty()
    {
        var result = Fixture.ReadText("  \n\t\n   \n");

        Assert.Null(result.Issue);
        Assert.Contains("empty", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImpossibleYearIsAnError()
    {
        var result = Fixture.ReadText("# Kusama News - June 0\n\n# H\n\n## Lead\n\nText.\n");

        Assert.Null(result.Issue);
        Assert.Contains("not a possible year", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileNameThatDisagreesWithTheMastheadWarnsAndTheMastheadDecides()
    {
        var result = Fixture.ReadText(Fixture.MinimalIssue, "2024-05.md");

        Assert.Equal(new IssueMonth(2024, 6), result.Issue!.Month);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("named for 2024-05", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingHeadlineWarnsAndTheLeadHeadingStandsIn()
    {
        var result = Fixture.ReadText("# Kusama News - June 2024\n\n## The Lead\n\nText.\n");

        Assert.Equal("The Lead", result.Issue!.Headline);
        Assert.Contains("no headline", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }
}
