namespace KusamaNews.Ingestion.Tests.Parsing;

public sealed class StructureTests
{
    [Fact]
    public void EachTopLevelH2StartsASectionWithAUniqueSlug()
    {
        var issue = Fixture.Read("structure.md").Issue!;

        Assert.Equal(["lead", "repeated", "repeated-2", "section-4", "empty", "nested"], issue.Sections.Select(s => s.Slug));
        Assert.Equal(["Lead text."], issue.Sections[0].PlainText.Split('\n'));
        Assert.Equal("One.", issue.Sections[1].PlainText);
        Assert.Equal("Two.", issue.Sections[2].PlainText);
    }

    [Fact]
    public void HeadingsInsideASectionAreKeptBelowIt()
    {
        var nested = Fixture.Read("structure.md").Issue!.Sections[^1];

        Assert.Contains("<h3>An H1 inside a section</h3>", nested.Html, StringComparison.Ordinal);
        Assert.Contains("<h3>A quoted H2</h3>", nested.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1", nested.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2", nested.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void StrayTextAndEmptySectionsAreWarnedAboutOnTheirLinesAndAnInnerH1IsNot()
    {
        var warnings = Fixture.Read("structure.md").Diagnostics.Select(d => (d.Line, d.Message)).ToList();

        Assert.Contains(warnings, w => w.Line == 5 && w.Message.Contains("before the first", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Line == 23 && w.Message.Contains("\"Empty\" has no text", StringComparison.Ordinal));
        // A '# ' heading inside a section reads right as a sub-heading: nothing for the editor to fix.
        Assert.DoesNotContain(warnings, w => w.Line == 27);
    }
}
