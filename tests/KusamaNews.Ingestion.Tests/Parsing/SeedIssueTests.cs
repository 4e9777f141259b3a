using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Parsing;
using KusamaNews.Ingestion.Pipeline;

namespace KusamaNews.Ingestion.Tests.Parsing;

/// <summary>The two real issues, exactly as they sit in content/.</summary>
public sealed class SeedIssueTests
{
    private static IssueReadResult ReadSeed(string name) =>
        new IssueFileReader().Read(name, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Seeds", name)));

    [Fact]
    public void November2019ParsesIntoMonthHeadlineAndSevenSections()
    {
        var result = ReadSeed("2019-11.md");

        var issue = Assert.IsType<ParsedIssue>(result.Issue);
        Assert.Equal(new IssueMonth(2019, 11), issue.Month);
        Assert.Equal("Kusama Propels Blockchain Innovation Through Unprecedented Groundbreak", issue.Headline);
        Assert.Equal(
            [
                "Polkadot's \"Canary Network\u201D Launch Leaps Forward",
                "OpenGov Implementation: Governance Takes on New Hue",
                "Parachain Auctions: Unlocking the Power of Blockchain",
                "Technological Developments: Upgrades Usher Groundbreaking Changes",
                "Market Performance: KSM Token Makes Its Mark",
                "Developer Ecosystem: Kusama Attracts Dynamic Projects",
                "Looking Forward: Stepping on The Gas for Innovation",
            ],
            issue.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void November2019MojibakeIsRepairedWithAWarningOnLineFour()
    {
        var result = ReadSeed("2019-11.md");

        var issue = Assert.IsType<ParsedIssue>(result.Issue);
        Assert.Contains("\"Canary Network\u201D", issue.Sections[0].Heading, StringComparison.Ordinal);
        Assert.DoesNotContain(issue.Sections, s => s.Heading.Contains("\u201A\u00C4", StringComparison.Ordinal));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(4, warning.Line);
        Assert.Contains("Mac Roman", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void June2024ParsesIntoMonthUnquotedHeadlineAndSevenSections()
    {
        var result = ReadSeed("2024-06.md");

        var issue = Assert.IsType<ParsedIssue>(result.Issue);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new IssueMonth(2024, 6), issue.Month);
        Assert.Equal("Kusama Experiences Unprecedented Growth and Progress in Blockchain Sphere", issue.Headline);
        Assert.Equal(
            [
                "Canary Network Emerges as Leading Force in Blockchain Development",
                "OpenGov Implementation Steers Kusama Forward",
                "Kusama Exemplifies Blockchain Growth in Parachain Auctions",
                "Tech Innovations Boost Kusama\u2019s Development",
                "KSM Token Activities Reflect Positive Market Performance",
                "Developer Ecosystem Fosters a Vibrant Community",
                "Anticipating Future Excellence",
            ],
            issue.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void SectionsKeepOrdinalSlugMarkdownHtmlTextAndWordCount()
    {
        var issue = ReadSeed("2024-06.md").Issue!;

        Assert.Equal(Enumerable.Range(1, 7), issue.Sections.Select(s => s.Ordinal));
        var tech = issue.Sections[3];
        Assert.Equal("tech-innovations-boost-kusamas-development", tech.Slug);
        Assert.StartsWith("Kusama\u2019s technological innovations", tech.Markdown, StringComparison.Ordinal);
        Assert.StartsWith("Kusama\u2019s technological innovations", tech.PlainText, StringComparison.Ordinal);
        Assert.StartsWith("<p>Kusama\u2019s technological innovations", tech.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<", tech.PlainText, StringComparison.Ordinal);
        Assert.Equal(tech.PlainText.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length, tech.WordCount);
        // The outlook section has two paragraphs; both belong to it.
        Assert.Equal(2, issue.Sections[6].Html.Split("<p>").Length - 1);
        Assert.Equal(issue.Sections.Sum(s => s.WordCount), issue.WordCount);
    }
}
