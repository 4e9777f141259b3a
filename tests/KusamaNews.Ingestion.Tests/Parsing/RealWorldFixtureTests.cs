using System.Text;
using KusamaNews.Ingestion.Parsing;

namespace KusamaNews.Ingestion.Tests.Parsing;

/// <summary>
/// Issues written as real editors write (Fixtures/RealWorld): reference links, nested lists, code,
/// wide tables with tags in their cells, comments, emoji. Each renders to the HTML beside it
/// (name.html: each section's heading line, then its HTML), and the clean ones raise no warning.
/// </summary>
public sealed class RealWorldFixtureTests
{
    [Theory]
    [InlineData("2025-03.md")]
    [InlineData("2025-04.md")]
    [InlineData("2025-05.md")]
    [InlineData("careless-tags.md")]
    public void RendersTheExpectedHtml(string name)
    {
        var issue = Fixture.Read($"RealWorld/{name}").Issue!;

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "RealWorld", Path.ChangeExtension(name, ".html")));
        Assert.Equal(expected.ReplaceLineEndings("\n"), Rendered(issue));
    }

    [Theory]
    [InlineData("2025-03.md")]
    [InlineData("2025-04.md")]
    [InlineData("2025-05.md")]
    public void CleanContentRaisesNoWarning(string name) =>
        Assert.Empty(Fixture.Read($"RealWorld/{name}").Diagnostics);

    internal static string Rendered(ParsedIssue issue)
    {
        var text = new StringBuilder();
        foreach (var section in issue.Sections)
            text.Append("## ").Append(section.Heading).Append('\n').Append(section.Html).Append("\n\n");
        return text.ToString();
    }
}
