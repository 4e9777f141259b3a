using KusamaNews.Ingestion.Diagnostics;
using static KusamaNews.Ingestion.Tests.BadContent.DocumentedOutcomes;

namespace KusamaNews.Ingestion.Tests.BadContent;

/// <summary>
/// Each case of the bad-content corpus gets its documented outcome (docs/RELIABILITY.md): ingested,
/// repaired or ingested with a warning, or skipped with an error naming file and line. The run
/// itself never fails.
/// </summary>
public sealed class BadContentOutcomeTests(BadContentArchive corpus) : IClassFixture<BadContentArchive>
{
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
    public void TheRunReportsItsCountsAndNeverGivesUp()
    {
        var report = corpus.Report;

        Assert.Equal(Expected.Count, report.FilesRead);
        Assert.Equal(Expected.Count(e => e.Value.Outcome == Outcome.Skipped), report.Failed);
        Assert.Equal(Expected.Count(e => e.Value.Outcome != Outcome.Skipped), report.Ingested);
    }
}
