using KusamaNews.Ingestion.Diagnostics;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Ingestion.Tests.Storage;

public sealed class ArchiveIngesterTests : IDisposable
{
    private readonly TempArchive archive = new();

    private sealed record IssueRow(long Id, long Year, long Month, string Headline, string SourceFile);

    private List<IssueRow> Issues() =>
        archive.Query<IssueRow>("SELECT Id, Year, Month, Headline, SourceFile FROM Issues ORDER BY Year, Month");

    [Fact]
    public void IngestsTheSeedsIntoIssuesAndSections()
    {
        archive.CopySeed("2019-11.md");
        archive.CopySeed("2024-06.md");

        var report = archive.Ingest();

        Assert.Equal((2, 2, 0, 0), (report.FilesRead, report.Ingested, report.Unchanged, report.Failed));
        Assert.Equal(["2019-11.md", "2024-06.md"], Issues().Select(i => i.SourceFile));
        Assert.Equal(14, archive.Query<long>("SELECT COUNT(*) FROM Sections").Single());
        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal(("2019-11.md", 4, DiagnosticSeverity.Warning), (warning.File, warning.Line, warning.Severity));
    }

    [Fact]
    public void IngestingTwiceChangesNothingTheSecondTime()
    {
        archive.CopySeed("2019-11.md");
        archive.CopySeed("2024-06.md");
        var first = archive.Ingest();
        var before = Issues();

        var second = archive.Ingest();

        Assert.Equal((0, 2, 0), (second.Ingested, second.Unchanged, second.Removed));
        Assert.False(second.Changed);
        Assert.Equal(first.ArchiveVersion, second.ArchiveVersion);
        Assert.Equal(before, Issues());
    }

    [Fact]
    public void TouchingAFileWithoutChangingItsBytesIsUnchanged()
    {
        archive.CopySeed("2024-06.md");
        archive.Ingest();
        File.SetLastWriteTimeUtc(Path.Combine(archive.ContentPath, "2024-06.md"), DateTime.UtcNow.AddMinutes(5));

        var report = archive.Ingest();

        Assert.Equal((0, 1), (report.Ingested, report.Unchanged));
    }

    [Fact]
    public void ChangingOneFileReingestsOnlyThatIssue()
    {
        archive.Write("2024-05.md", TempArchive.Issue(2024, "May", "May Headline"));
        archive.Write("2024-06.md", TempArchive.Issue(2024, "June", "June Headline"));
        archive.Ingest();
        var before = Issues();

        archive.Write("2024-06.md", TempArchive.Issue(2024, "June", "June Headline, Revised"));
        var report = archive.Ingest();

        Assert.Equal((1, 1), (report.Ingested, report.Unchanged));
        Assert.True(report.Changed);
        var after = Issues();
        Assert.Equal(before[0], after[0]);
        Assert.Equal("June Headline, Revised", after[1].Headline);
    }

    [Fact]
    public void DeletingAFileRemovesItsIssueAndItsSections()
    {
        archive.Write("2024-05.md", TempArchive.Issue(2024, "May", "May"));
        archive.Write("2024-06.md", TempArchive.Issue(2024, "June", "June"));
        archive.Ingest();

        archive.Delete("2024-05.md");
        var report = archive.Ingest();

        Assert.Equal(1, report.Removed);
        Assert.Equal(["2024-06.md"], Issues().Select(i => i.SourceFile));
        Assert.Equal(2, archive.Query<long>("SELECT COUNT(*) FROM Sections").Single());
    }

    [Fact]
    public void ABadFileIsReportedWhileTheGoodOneBesideItIsServedAndItsEarlierVersionStays()
    {
        archive.Write("2024-06.md", TempArchive.Issue(2024, "June", "The Good June"));
        archive.Ingest();

        archive.Write("2024-06.md", "# Kusama News - Smarch 2024\n\n# Broken\n\n## Lead\n\nText.\n");
        archive.Write("2024-07.md", TempArchive.Issue(2024, "July", "A New July"));
        var report = archive.Ingest();

        Assert.Equal((1, 1), (report.Ingested, report.Failed));
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal(("2024-06.md", 1), (error.File, error.Line));
        Assert.Equal(["The Good June", "A New July"], Issues().Select(i => i.Headline));
    }

    [Theory]
    [InlineData("2024-06.md", "a-june-copy.md")]
    [InlineData("a-june-copy.md", "2024-06.md")]
    public void TheFileNamedAfterTheMonthWinsAConflictWhateverTheOrderOfWriting(string first, string second)
    {
        archive.Write(first, TempArchive.Issue(2024, "June", first));
        archive.Write(second, TempArchive.Issue(2024, "June", second));

        var report = archive.Ingest();

        Assert.Equal("2024-06.md", Assert.Single(Issues()).Headline);
        var error = Assert.Single(report.Diagnostics);
        Assert.Equal(("a-june-copy.md", 1), (error.File, error.Line));
        Assert.Contains("a-june-copy.md and 2024-06.md both claim June 2024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAFileNamedAfterTheMonthTheFirstByNameWins()
    {
        archive.Write("b.md", TempArchive.Issue(2024, "June", "B"));
        archive.Write("a.md", TempArchive.Issue(2024, "June", "A"));

        var report = archive.Ingest();

        Assert.Equal("A", Assert.Single(Issues()).Headline);
        Assert.Contains("a.md keeps it (it comes first by name)", Assert.Single(report.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewFileNamedAfterTheMonthTakesItFromAnUnchangedOne()
    {
        archive.Write("june.md", TempArchive.Issue(2024, "June", "Old"));
        archive.Ingest();

        archive.Write("2024-06.md", TempArchive.Issue(2024, "June", "New"));
        var report = archive.Ingest();

        Assert.Equal("New", Assert.Single(Issues()).Headline);
        Assert.Equal("june.md", Assert.Single(report.Diagnostics).File);
    }

    [Fact]
    public void AFileThatChangesItsMonthMovesItsIssue()
    {
        archive.Write("x.md", TempArchive.Issue(2024, "June", "Moving"));
        archive.Ingest();

        archive.Write("x.md", TempArchive.Issue(2024, "July", "Moving"));
        archive.Ingest();

        Assert.Equal((2024L, 7L), Issues().Select(i => (i.Year, i.Month)).Single());
    }

    [Fact]
    public void ARunThatFailsBeforeCommitLeavesTheArchiveAsItWas()
    {
        using var failing = new TempArchive(new FailingClock());
        failing.Write("2024-06.md", TempArchive.Issue(2024, "June", "Never Stored"));

        Assert.Throws<IOException>(() => failing.Ingest());

        Assert.Empty(failing.Query<long>("SELECT Id FROM Issues"));
        Assert.Empty(failing.Query<long>("SELECT Id FROM Sections"));
    }

    [Fact]
    public void ArchiveVersionGoesUpOnlyWhenTheArchiveChanges()
    {
        archive.Write("2024-06.md", TempArchive.Issue(2024, "June", "June"));
        var first = archive.Ingest().ArchiveVersion;
        var unchanged = archive.Ingest().ArchiveVersion;
        archive.Delete("2024-06.md");
        var removed = archive.Ingest().ArchiveVersion;

        Assert.Equal([1, 1, 2], new[] { first, unchanged, removed });
    }

    [Fact]
    public void TheStoreIsInWalModeAtThisBuildsSchemaVersion()
    {
        archive.Ingest();

        Assert.Equal("wal", archive.Query<string>("PRAGMA journal_mode").Single());
        Assert.Equal(Schema.Version, archive.Query<int>("PRAGMA user_version").Single());
    }

    [Fact]
    public void CheckReportsEveryProblemWithoutWriting()
    {
        archive.Write("2024-06.md", TempArchive.Issue(2024, "June", "June"));
        archive.Write("copy.md", TempArchive.Issue(2024, "June", "Copy"));
        archive.Write("broken.md", "no masthead here\n");

        var diagnostics = archive.Ingester.Check(archive.ContentPath);

        Assert.Equal(["broken.md", "copy.md"], diagnostics.Where(d => d.IsError).Select(d => d.File).Distinct());
        Assert.False(File.Exists(archive.Database.FilePath));
    }

    [Fact]
    public void AMissingContentFolderIsAClearError()
    {
        var ex = Assert.Throws<DirectoryNotFoundException>(() => archive.Ingester.Ingest(Path.Combine(archive.ContentPath, "nope")));

        Assert.Contains("Archive:ContentPath", ex.Message, StringComparison.Ordinal);
    }

    private sealed class FailingClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new IOException("the clock broke just before commit");
    }

    public void Dispose() => archive.Dispose();
}
