using KusamaNews.Ingestion.Diagnostics;

namespace KusamaNews.Ingestion.Tests.BadContent;

/// <summary>
/// Each case of the bad-content corpus gets its documented outcome (docs/RELIABILITY.md): ingested,
/// repaired or ingested with a warning, or skipped with an error naming file and line. The run
/// itself never fails, and the good issues beside the bad ones are stored whole.
/// </summary>
public sealed class BadContentTests(BadContentArchive corpus) : IClassFixture<BadContentArchive>
{
    public enum Outcome
    {
        Ingested,
        IngestedWithWarnings,
        Skipped,
    }

    private static readonly Dictionary<string, (Outcome Outcome, (int Line, string Says)[] Diagnostics)> Expected = new()
    {
        ["good-january.md"] = (Outcome.Ingested, []),
        ["good-february.md"] = (Outcome.Ingested, []),
        ["empty.md"] = (Outcome.Skipped, [(1, "the file is empty")]),
        ["whitespace-only.md"] = (Outcome.Skipped, [(1, "the file is empty")]),
        ["binary-garbage.md"] = (Outcome.Skipped, [(1, "binary data")]),
        ["latin1.md"] = (Outcome.IngestedWithWarnings, [(3, "read as Windows-1252")]),
        ["utf16-le-bom.md"] = (Outcome.Ingested, []),
        ["utf16-be-bom.md"] = (Outcome.Ingested, []),
        ["mojibake-windows-1252.md"] = (Outcome.IngestedWithWarnings, [(3, "repaired mojibake"), (7, "repaired mojibake")]),
        ["mojibake-mac-roman.md"] = (Outcome.IngestedWithWarnings, [(3, "UTF-8 read as Mac Roman")]),
        ["nul-bytes.md"] = (Outcome.IngestedWithWarnings, [(7, "NUL character(s) removed")]),
        ["mixed-line-endings.md"] = (Outcome.IngestedWithWarnings, [(11, "repaired mojibake")]),
        ["missing-masthead.md"] = (Outcome.Skipped, [(1, "no masthead")]),
        ["impossible-month.md"] = (Outcome.Skipped, [(1, "\"Smarch\" is not a month")]),
        ["ambiguous-month.md"] = (Outcome.Skipped, [(1, "is ambiguous (June or July)")]),
        ["2031-10.md"] = (Outcome.IngestedWithWarnings, [(1, "named for 2031-10 but the issue is November 2031")]),
        ["2031-12.md"] = (Outcome.Ingested, []),
        ["december-copy.md"] = (Outcome.Skipped, [(1, "december-copy.md and 2031-12.md both claim December 2031")]),
        ["no-sections.md"] = (Outcome.Skipped, [(3, "has no sections")]),
        ["empty-sections.md"] = (Outcome.IngestedWithWarnings, [(9, "has no text"), (11, "has no text")]),
        ["repeated-headings.md"] = (Outcome.Ingested, []),
        ["emoji-heading.md"] = (Outcome.Ingested, []),
        ["long-line.md"] = (Outcome.Ingested, []),
        ["nested-blockquotes.md"] = (Outcome.Skipped, [(9, "nested deeper than the limit of 32 (Archive:MaxNestingDepth)")]),
        ["nested-lists.md"] = (Outcome.Skipped, [(9, "nested deeper than the limit of 32 (Archive:MaxNestingDepth)")]),
        ["long-headline.md"] = (Outcome.Ingested, []),
        ["script.md"] = (Outcome.IngestedWithWarnings, [(3, "raw HTML"), (5, "raw HTML"), (7, "raw HTML"), (9, "raw HTML")]),
        ["iframe.md"] = (Outcome.IngestedWithWarnings, [(7, "raw HTML"), (9, "raw HTML")]),
        ["onerror.md"] = (Outcome.IngestedWithWarnings, [(7, "raw HTML"), (9, "raw HTML")]),
        ["javascript-links.md"] = (Outcome.IngestedWithWarnings, [(7, "link to"), (7, "link to"), (7, "link to"), (7, "link to"), (9, "image to"), (9, "image to"), (11, "link to")]),
        [BadContentArchive.FiveMegabytes] = (Outcome.Skipped, [(1, "more than the limit of 4,194,304 (Archive:MaxFileBytes)")]),
    };

    public static TheoryData<string> Cases() => [.. Expected.Keys];

    [Fact]
    public void EveryFileOfTheCorpusHasADocumentedOutcome() =>
        Assert.Equal(
            Directory.GetFiles(corpus.Archive.ContentPath).Select(Path.GetFileName).Order(),
            Expected.Keys.Order());

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachCaseGetsItsDocumentedOutcome(string file)
    {
        var (outcome, expected) = Expected[file];
        var diagnostics = corpus.Report.Diagnostics.Where(d => d.File == file).ToList();
        var stored = corpus.Archive.Query<long>("SELECT COUNT(*) FROM Issues WHERE SourceFile = @File", new { File = file }).Single();

        Assert.Equal(outcome == Outcome.Skipped ? 0 : 1, stored);
        var severity = outcome == Outcome.Skipped ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        var relevant = diagnostics.Where(d => d.Severity == severity).Select(d => (d.Line, d.Message)).Order().ToList();
        Assert.Equal(expected.Length, relevant.Count);
        foreach (var ((line, says), actual) in expected.Order().Zip(relevant))
        {
            Assert.Equal(line, actual.Line);
            Assert.Contains(says, actual.Message, StringComparison.Ordinal);
        }
        if (outcome == Outcome.Ingested)
            Assert.Empty(diagnostics);
    }

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
    public void TheRunReportsItsCountsAndNeverGivesUp()
    {
        var report = corpus.Report;

        Assert.Equal(Expected.Count, report.FilesRead);
        Assert.Equal(Expected.Count(e => e.Value.Outcome == Outcome.Skipped), report.Failed);
        Assert.Equal(Expected.Count(e => e.Value.Outcome != Outcome.Skipped), report.Ingested);
    }

    [Fact]
    public void HostileCasesAreStoredWithoutMarkupOrScriptUrls()
    {
        var html = string.Join('\n', corpus.Archive.Query<string>("SELECT Html FROM Sections"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        // Event handlers inside a real tag; the escaped text "&lt;img … onerror=…&gt;" is harmless and stays.
        Assert.DoesNotMatch(@"<[a-zA-Z][^<>]*\son[a-z]+\s*=", html);
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
