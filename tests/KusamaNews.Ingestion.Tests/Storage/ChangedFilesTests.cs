using System.Globalization;
using KusamaNews.Ingestion.Domain;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>
/// A run told which files changed since a clean run (<see cref="ChangedFiles"/>) looks at those
/// alone, and must store exactly what a run over the whole folder would; when the store is no
/// longer as that clean run left it, it reads the whole folder.
/// </summary>
public sealed class ChangedFilesTests : IDisposable
{
    private static readonly string[] Names = ["2024-01.md", "2024-02.md", "2024-03.md", "a.md", "b.md", "m.md", "2024-01.MD", "z.md"];

    private readonly TempArchive archive = new();

    private static readonly DateTime Written = new(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ANamedRunStoresWhatARunOverTheWholeFolderWould()
    {
        var random = new Random(20261121);
        for (var scenario = 0; scenario < 60; scenario++)
        {
            // Two archives built alike from a clean folder, then changed alike: one is told the names.
            using var named = new TempArchive(window: 1 + (scenario % 3));
            using var whole = new TempArchive(window: 1 + (scenario % 3));
            var clean = CleanFolder(random, scenario);
            foreach (var target in new[] { named, whole })
            {
                target.Write("topics.yml", TempArchive.RealTopics);
                foreach (var (index, (name, text)) in clean.Index())
                {
                    target.Write(name, text);
                    File.SetLastWriteTimeUtc(Path.Combine(target.ContentPath, name), Written.AddHours(-1).AddSeconds(index));
                }
            }
            var version = named.Ingest().ArchiveVersion;
            whole.Ingest();

            var changes = Changes(random, scenario, clean.Keys.ToList());
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var change in changes)
            {
                change(named, names);
                change(whole, []);
            }
            var namedReport = named.Ingester.Ingest(named.ContentPath, new ChangedFiles(names, version));
            var wholeReport = whole.Ingest();

            var context = $"scenario {scenario}: clean [{string.Join(", ", clean.Keys)}], named [{string.Join(", ", names.Order(StringComparer.Ordinal))}]";
            Assert.True(namedReport.NamedFilesOnly, context);
            Assert.False(wholeReport.NamedFilesOnly, context);
            Assert.True(Summary(wholeReport) == Summary(namedReport), $"{context}\n whole {Summary(wholeReport)}\n named {Summary(namedReport)}");
            Assert.True(Store(whole).SequenceEqual(Store(named)), $"{context}\n whole [{string.Join(", ", Store(whole))}]\n named [{string.Join(", ", Store(named))}]");
        }
    }

    [Fact]
    public void FilesNotNamedAreTakenAsStoredUntilARunOverTheWholeFolder()
    {
        var version = IngestJanuaryAndFebruary("A, first", "B, first");

        archive.Write("a.md", TempArchive.Issue(2024, "January", "A, unnamed"));
        archive.Write("b.md", TempArchive.Issue(2024, "February", "B, named"));
        var report = IngestNamed(version, "b.md");

        Assert.True(report.NamedFilesOnly);
        Assert.Equal((1, 1, 2), (report.Ingested, report.Unchanged, report.FilesRead));
        Assert.Equal(["A, first", "B, named"], Headlines());

        archive.Ingest();
        Assert.Equal(["A, unnamed", "B, named"], Headlines());
    }

    [Fact]
    public void NamedFilesAreAddedAndRemovedAndNamesThatAreNoIssueFileAreIgnored()
    {
        var version = IngestJanuaryAndFebruary("A", "B");

        archive.Delete("a.md");
        archive.Write("c.md", TempArchive.Issue(2024, "March", "C"));
        archive.Write("notes.txt", TempArchive.Issue(2024, "April", "Not an issue file"));
        archive.Write(".draft.md", TempArchive.Issue(2024, "May", "A hidden draft"));
        var report = IngestNamed(version, "a.md", "c.md", "notes.txt", ".draft.md", "topics.yml", "gone.md", "../b.md");

        Assert.True(report.NamedFilesOnly);
        Assert.Equal((1, 1, 1, 2), (report.Ingested, report.Unchanged, report.Removed, report.FilesRead));
        Assert.Equal(["B", "C"], Headlines());
    }

    [Fact]
    public void AStoreChangedSinceTheNamedVersionIsBroughtInLineWithTheWholeFolder()
    {
        var version = IngestJanuaryAndFebruary("A", "B");
        // Another ingestion (the ingest command, say) changes the store meanwhile; then, unnamed, a.md changes.
        archive.Write("c.md", TempArchive.Issue(2024, "March", "C"));
        archive.Ingest();
        archive.Write("a.md", TempArchive.Issue(2024, "January", "A, changed"));

        var report = IngestNamed(version, "b.md");

        Assert.False(report.NamedFilesOnly);
        Assert.Equal(["A, changed", "B", "C"], Headlines());
    }

    [Fact]
    public void AMissingFolderIsAnErrorWhateverTheNames()
    {
        var version = archive.Ingest().ArchiveVersion;
        Directory.Delete(archive.ContentPath);

        Assert.Throws<DirectoryNotFoundException>(() => IngestNamed(version, "a.md"));
    }

    /// <summary>A folder every file of which is stored: each claims a month of its own.</summary>
    private static Dictionary<string, string> CleanFolder(Random random, int scenario)
    {
        var folder = new Dictionary<string, string>(StringComparer.Ordinal);
        var month = 3;
        foreach (var name in Names.Where(_ => random.Next(3) > 0))
        {
            var claimed = name.StartsWith("2024-", StringComparison.Ordinal) ? int.Parse(name[5..7], CultureInfo.InvariantCulture) : ++month;
            if (name == "2024-01.MD" && folder.ContainsKey("2024-01.md"))
                continue;
            folder[name] = IssueText(claimed, $"{name} g1 s{scenario}", random);
        }
        return folder;
    }

    /// <summary>One to four changes, each applied to an archive and recording the names a watcher would report.</summary>
    private static List<Action<TempArchive, HashSet<string>>> Changes(Random random, int scenario, List<string> present)
    {
        var changes = new List<Action<TempArchive, HashSet<string>>>();
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            var name = Names[random.Next(Names.Length)];
            var text = random.Next(5) == 0
                ? "# Kusama News - Smarch 2024\n\n# Broken\n\n## Lead\n\nText.\n"
                : IssueText(1 + random.Next(8), $"{name} g2 s{scenario} c{i}", random);
            switch (random.Next(3))
            {
                case 0 when present.Count > 0:
                    var removed = present[random.Next(present.Count)];
                    changes.Add((target, names) =>
                    {
                        target.Delete(removed);
                        names.Add(removed);
                    });
                    break;
                case 1 when present.Count > 0:
                    var from = present[random.Next(present.Count)];
                    changes.Add((target, names) =>
                    {
                        if (!File.Exists(Path.Combine(target.ContentPath, from)))
                            return;
                        File.Move(Path.Combine(target.ContentPath, from), Path.Combine(target.ContentPath, name), overwrite: true);
                        names.Add(from);
                        names.Add(name);
                    });
                    break;
                default:
                    var written = Written.AddSeconds(i);
                    changes.Add((target, names) =>
                    {
                        target.Write(name, text);
                        // Each file a time of its own: two files of one size written within the file
                        // system's clock tick look alike to a run that compares size and time.
                        File.SetLastWriteTimeUtc(Path.Combine(target.ContentPath, name), written);
                        names.Add(name);
                    });
                    break;
            }
        }
        return changes;
    }

    private static string IssueText(int month, string headline, Random random)
    {
        string[] words = ["treasury", "governance", "referendum", "parachain", "staking", "validators", "auction", "bridge"];
        var body = string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)]));
        return TempArchive.Issue(2024, CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month), headline, body + ".");
    }

    private static string Summary(IngestionReport report) =>
        $"{report.Ingested} ingested, {report.Unchanged} unchanged, {report.Removed} removed, {report.Failed} failed, version {report.ArchiveVersion}; "
        + string.Join("; ", report.Diagnostics.Select(d => $"{d.File}:{d.Line}: {d.Message}"));

    /// <summary>Everything ingestion writes but the files' times: issues, sections, tags, counts and the search index.</summary>
    private static List<string> Store(TempArchive target) =>
    [
        .. target.Query<(long, long, long, string, string, long, string, long)>(
            "SELECT Id, Year, Month, Headline, SourceFile, SourceLength, ContentHash, MonthLine FROM Issues ORDER BY Id").Select(row => $"issue {row}"),
        .. target.Query<(long, long, long, string, string, string)>(
            "SELECT Id, IssueId, Ordinal, Heading, Slug, PlainText FROM Sections ORDER BY Id").Select(row => $"section {row}"),
        .. target.Query<(string, long, long, long, long)>(
            "SELECT TopicSlug, MonthKey, IsPrimary, SectionId, Rank FROM SectionTopics ORDER BY TopicSlug, MonthKey, SectionId").Select(row => $"tag {row}"),
        .. target.Query<(string, long, long, long)>("SELECT TopicSlug, Year, Sections, Issues FROM TopicYears ORDER BY TopicSlug, Year").Select(row => $"topic year {row}"),
        .. target.Query<(long, string)>(
            "SELECT rowid, Body FROM SearchIndex WHERE SearchIndex MATCH 'treasury OR governance OR broken' ORDER BY rowid").Select(row => $"found {row}"),
    ];

    /// <summary>a.md and b.md, the issues of January and February 2024, ingested; the archive's version after.</summary>
    private long IngestJanuaryAndFebruary(string a, string b)
    {
        archive.Write("a.md", TempArchive.Issue(2024, "January", a));
        archive.Write("b.md", TempArchive.Issue(2024, "February", b));
        return archive.Ingest().ArchiveVersion;
    }

    private IngestionReport IngestNamed(long sinceVersion, params string[] names) =>
        archive.Ingester.Ingest(archive.ContentPath, new ChangedFiles(names.ToHashSet(StringComparer.Ordinal), sinceVersion));

    private List<string> Headlines() => archive.Query<string>("SELECT Headline FROM Issues ORDER BY Year, Month");

    public void Dispose() => archive.Dispose();
}
