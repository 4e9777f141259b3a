using KusamaNews.Ingestion.Pipeline;
using static KusamaNews.Ingestion.Tests.BadContent.DocumentedOutcomes;

namespace KusamaNews.Ingestion.Tests.BadContent;

/// <summary>
/// What the run over the bad-content corpus stores: every issue it keeps whole, with unique slugs and
/// its headline uncut, and no markup or script URL in any section's HTML.
/// </summary>
public sealed class BadContentStorageTests(BadContentArchive corpus) : IClassFixture<BadContentArchive>
{
    [Fact]
    public void EveryStoredIssueIsWhole()
    {
        var reader = new IssueFileReader();
        foreach (var file in Expected.Where(e => e.Value.Outcome != Outcome.Skipped).Select(e => e.Key))
        {
            var parsed = reader.Read(file, File.ReadAllBytes(Path.Combine(corpus.Archive.ContentPath, file))).Issue!;
            var sections = corpus.Archive.Query<string>(
                "SELECT s.Slug FROM Sections s JOIN Issues i ON i.Id = s.IssueId WHERE i.SourceFile = @File ORDER BY s.Ordinal", new { File = file });
            Assert.Equal(parsed.Sections.Select(s => s.Slug), sections);
        }
    }

    [Fact]
    public void HostileCasesAreStoredWithoutMarkupOrScriptUrls()
    {
        var html = string.Join('\n', corpus.Archive.Query<string>("SELECT Html FROM Sections"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        // Event handlers inside a real tag, outside its quoted values; the escaped text "&lt;img … onerror=…&gt;"
        // and an editor's title="&quot; onmouseover=…" are harmless and stay.
        Assert.DoesNotMatch(@"<[a-zA-Z](?:[^<>""']|""[^""]*""|'[^']*')*\son[a-z]+\s*=", html);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SlugCollisionsAndEmptySlugsAreMadeUnique()
    {
        Assert.Equal(["update", "update-2", "update-3"], SlugsOf("repeated-headings.md"));
        Assert.Equal(["lead", "section-2"], SlugsOf("emoji-heading.md"));
    }

    [Fact]
    public void TheLongHeadlineIsKeptWhole() =>
        Assert.Equal(1000, corpus.Archive.Query<string>("SELECT Headline FROM Issues WHERE SourceFile = 'long-headline.md'").Single().Length);

    private List<string> SlugsOf(string file) => corpus.Archive.Query<string>(
        "SELECT s.Slug FROM Sections s JOIN Issues i ON i.Id = s.IssueId WHERE i.SourceFile = @File ORDER BY s.Ordinal", new { File = file });
}
