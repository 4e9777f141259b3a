using Dapper;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>Schema.sql's search index: ingestion keeps SearchIndex equal to the sections, in the same transaction.</summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly TempArchive archive = new();

    private long Matches(string match) =>
        archive.Query<long>("SELECT count(*) FROM SearchIndex WHERE SearchIndex MATCH @match", new { match }).Single();

    /// <summary>
    /// The index holds every section with exactly its own heading, text and headline: each term at
    /// each position of each column, as an index built afresh from the sections has them. (The
    /// index keeps no text of its own to compare, and FTS5's integrity-check does not read its content.)
    /// </summary>
    private void AssertIndexMatchesSections()
    {
        Assert.Empty(archive.Query<long>("SELECT s.Id FROM Sections s JOIN Issues i ON i.Id = s.IssueId WHERE s.Id <> (i.Year * 100 + i.Month) * 1000000000 + s.Ordinal"));
        using var connection = archive.Database.OpenWriter();
        connection.Execute("""
            CREATE VIRTUAL TABLE temp.Expected USING fts5(Heading, Body, Headline, tokenize = 'porter unicode61 remove_diacritics 2');
            INSERT INTO temp.Expected (rowid, Heading, Body, Headline)
            SELECT s.Id, s.Heading, s.PlainText, i.Headline FROM Sections s JOIN Issues i ON i.Id = s.IssueId;
            CREATE VIRTUAL TABLE temp.ExpectedTerms USING fts5vocab(temp, Expected, 'instance');
            CREATE VIRTUAL TABLE temp.IndexedTerms USING fts5vocab(main, SearchIndex, 'instance');
            """);
        List<(string, long, string, long)> Terms(string table) =>
            connection.Query<(string, long, string, long)>($"SELECT term, doc, col, offset FROM temp.{table} ORDER BY term, doc, col, offset").AsList();
        var (expected, indexed) = (Terms("ExpectedTerms"), Terms("IndexedTerms"));
        // Gone before the pooled connection serves anyone else (a second call, the next ingestion).
        connection.Execute("DROP TABLE temp.IndexedTerms; DROP TABLE temp.ExpectedTerms; DROP TABLE temp.Expected;");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, indexed);
        Assert.Equal(archive.Query<long>("SELECT count(*) FROM Sections").Single(), archive.Query<long>("SELECT count(*) FROM SearchIndex_docsize").Single());
        connection.Execute("INSERT INTO SearchIndex (SearchIndex, rank) VALUES ('integrity-check', 0)");
    }

    [Fact]
    public void IngestionIndexesEverySectionWithItsHeadingTextAndHeadline()
    {
        archive.CopySeed("2019-11.md");
        archive.CopySeed("2024-06.md");

        archive.Ingest();

        AssertIndexMatchesSections();
        Assert.Equal([201911_000000006L], archive.Query<long>("SELECT rowid FROM SearchIndex WHERE SearchIndex MATCH 'acala'"));
        Assert.Equal(7, Matches("Headline : groundbreak"));
    }

    [Fact]
    public void TheIndexGathersNewTermsInSixtyFourMegabytesBeforeWritingASegment()
    {
        archive.Ingest();

        // FTS5 keeps its settings with the index; with its default of 1 MB a full ingestion writes ~80 small segments and merges them.
        Assert.Equal(64 * 1024 * 1024, archive.Query<long>("SELECT v FROM SearchIndex_config WHERE k = 'hashsize'").Single());
    }

    [Fact]
    public void ARunOfMoreFilesThanAWindowLeavesTheIndexInOneSegmentAndASmallRunAddsItsOwn()
    {
        using var large = new TempArchive(window: 2);
        for (var month = 1; month <= 5; month++)
            large.Write($"2020-{month:D2}.md", TempArchive.Issue(2020, IssueMonthName(month), $"Issue {month}", $"Wombat {month}."));
        long Segments() => large.Query<long>("SELECT count(DISTINCT segid) FROM SearchIndex_idx").Single();
        large.Database.EnsureCreated();
        using (var connection = large.Database.OpenWriter())
            connection.Execute("INSERT INTO SearchIndex (SearchIndex, rank) VALUES ('hashsize', 64)"); // a segment every few sections, as 16 MB was at 12,000 issues

        large.Ingest();
        var afterLargeRun = Segments();
        large.Write("2020-03.md", TempArchive.Issue(2020, "March", "Issue 3 again", "Quokka."));
        large.Ingest();

        Assert.Equal(1, afterLargeRun);
        Assert.True(Segments() > 1, "a small run is not merged into the rest; that is FTS5's automerge's business");
        using var writer = large.Database.OpenWriter();
        writer.Execute("INSERT INTO SearchIndex (SearchIndex, rank) VALUES ('integrity-check', 0)");
    }

    private static string IssueMonthName(int month) => new IssueMonth(2020, month).MonthName;

    [Fact]
    public void ChangedRemovedAndAddedFilesChangeTheIndexWithThem()
    {
        archive.Write("2020-01.md", TempArchive.Issue(2020, "January", "First", "Zanzibar parachains."));
        archive.Write("2020-02.md", TempArchive.Issue(2020, "February", "Second", "Quokka treasury."));
        archive.Ingest();

        AssertIndexMatchesSections();
        archive.Write("2020-01.md", TempArchive.Issue(2020, "January", "First again", "Wombat parachains."));
        archive.Delete("2020-02.md");
        archive.Write("2020-03.md", TempArchive.Issue(2020, "March", "Third", "Quokka returns."));
        archive.Ingest();

        AssertIndexMatchesSections();
        Assert.Equal(0, Matches("zanzibar"));
        Assert.Equal(1, Matches("wombat"));
        Assert.Equal([202003_000000001L], archive.Query<long>("SELECT rowid FROM SearchIndex WHERE SearchIndex MATCH 'quokka'"));
    }

    [Fact]
    public void AnUnchangedIngestionWritesNothingToTheIndex()
    {
        archive.CopySeed("2024-06.md");
        archive.Ingest();
        var segments = archive.Query<long>("SELECT count(*) FROM SearchIndex_data").Single();

        archive.Ingest();

        Assert.Equal(segments, archive.Query<long>("SELECT count(*) FROM SearchIndex_data").Single());
        AssertIndexMatchesSections();
    }

    [Fact]
    public void AWindowOfFilesWritesItsTermsAsOneSegmentWhateverItReplacesRemovesOrAdds()
    {
        foreach (var (file, month) in new[] { ("2020-01.md", 1), ("2020-02b.md", 2), ("2020-03.md", 3), ("2020-04.md", 4) })
            archive.Write(file, TempArchive.Issue(2020, IssueMonthName(month), $"Issue {month}", $"Wombat {month}."));
        archive.Ingest();
        using (var connection = archive.Database.OpenWriter())
            connection.Execute("INSERT INTO SearchIndex (SearchIndex, rank) VALUES ('automerge', 0)"); // every segment stays to be counted
        long Segments() => archive.Query<long>("SELECT count(DISTINCT segid) FROM SearchIndex_idx").Single();
        var before = Segments();

        archive.Write("2020-01.md", TempArchive.Issue(2020, "January", "Issue 1 again", "Quokka."));      // replaces its own issue
        archive.Write("2020-02.md", TempArchive.Issue(2020, "February", "February's own file", "Quokka.")); // takes February from 2020-02b.md
        archive.Delete("2020-04.md");                                                                    // removed
        archive.Write("2020-05.md", TempArchive.Issue(2020, "May", "Issue 5", "Quokka."));                 // new
        archive.Ingest();

        // FTS5 writes out the terms it has gathered at every statement savepoint: a segment more
        // meant a trigger, RETURNING or a cascading delete came between its writes (one per file
        // made a run that re-read every file a third slower).
        Assert.Equal(before + 1, Segments());
        AssertIndexMatchesSections();
        Assert.Equal(3, Matches("quokka"));
    }

    [Fact]
    public void AnIssueCannotMoveToAnotherMonthInPlaceAsItsSectionIdsAreMadeOfIt()
    {
        archive.Write("2020-01.md", TempArchive.Issue(2020, "January", "Plain headline"));
        archive.Ingest();
        using var connection = archive.Database.OpenWriter();

        var refused = Assert.Throws<SqliteException>(() => connection.Execute("UPDATE Issues SET Month = 2"));

        Assert.Contains("store the issue again", refused.Message, StringComparison.Ordinal);
        Assert.Equal([1L], archive.Query<long>("SELECT Month FROM Issues"));
    }

    public void Dispose() => archive.Dispose();
}
