using KusamaNews.Ingestion.Domain;

namespace KusamaNews.Ingestion.Tests.Parsing;

public sealed class MastheadTests
{
    [Theory]
    [InlineData("en-dash-abbreviated.md", 2021, 9)]
    [InlineData("colon-abbreviated.md", 2022, 2)]
    [InlineData("em-dash-lowercase.md", 2023, 3)]
    public void AcceptsDashesColonAndAbbreviatedMonthNames(string fixture, int year, int month)
    {
        var result = Fixture.Read(fixture);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new IssueMonth(year, month), result.Issue!.Month);
    }

    [Fact]
    public void CurlyQuotesAroundTheHeadlineAreRemoved() =>
        Assert.Equal("Quoted Headline", Fixture.Read("en-dash-abbreviated.md").Issue!.Headline);

    [Fact]
    public void FrontMatterOverridesTitleAndDateAndAddsTags()
    {
        var result = Fixture.Read("front-matter.md");

        var issue = result.Issue!;
        Assert.Equal("The Title From Front Matter", issue.Headline);
        Assert.Equal(new IssueMonth(2023, 5), issue.Month);
        Assert.Equal(["staking", "governance"], issue.Tags);
        Assert.Equal(3, issue.MonthLine);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Contains("overrides the masthead's June 2024", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FrontMatterDateThatIsNotADateIsAnError()
    {
        var result = Fixture.ReadText("---\ndate: 2024-13\n---\n" + Fixture.MinimalIssue);

        Assert.Null(result.Issue);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(2, error.Line);
    }
}
