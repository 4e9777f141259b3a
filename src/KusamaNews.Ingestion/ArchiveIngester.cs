using System.Diagnostics;
using KusamaNews.Ingestion.Diagnostics;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Parsing;
using KusamaNews.Ingestion.Pipeline;
using KusamaNews.Ingestion.Storage;
using KusamaNews.Ingestion.Topics;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion;

/// <summary>
/// Brings the store in line with the content folder in one transaction: new and changed files are
/// parsed and stored, removed files lose their issue, unchanged files are skipped. A file that fails
/// is reported and skipped, and the issue it held before stays. A run commits completely or not at all.
/// </summary>
public sealed class ArchiveIngester(ArchiveDatabase database, IssueFileReader reader, TimeProvider timeProvider) : IDisposable
{
    /// <summary>
    /// Files read and parsed ahead of the writer, at most twice over: bounds memory whatever the
    /// archive's size. 256 rather than 512: a full build of 12,000 issues peaks at 290 MB instead
    /// of 350-377 MB in the same time, and a run that re-reads every file is no slower.
    /// </summary>
    public const int DefaultWindow = 256;

    private readonly int window = DefaultWindow;

    /// <summary>With a window of the caller's, so that tests can put month conflicts across windows.</summary>
    internal ArchiveIngester(ArchiveDatabase database, IssueFileReader reader, TimeProvider timeProvider, int window)
        : this(database, reader, timeProvider) => this.window = window;

    private readonly ContentScanner scanner = new(reader);

    // One run at a time in this process; BEGIN IMMEDIATE keeps other processes' writers out.
    private readonly SemaphoreSlim gate = new(1, 1);

    public IngestionReport Ingest(string contentPath, CancellationToken cancellationToken = default) =>
        Ingest(contentPath, changed: null, cancellationToken);

    /// <summary>With <paramref name="changed"/>, looks at the named files only, when it can (see <see cref="ChangedFiles"/>).</summary>
    public IngestionReport Ingest(string contentPath, ChangedFiles? changed, CancellationToken cancellationToken = default)
    {
        gate.Wait(cancellationToken);
        try
        {
            return IngestOnce(contentPath, changed, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Reads and checks every file, topics.yml included, as a full ingestion would, without touching the store.</summary>
    public IReadOnlyList<Diagnostic> Check(string contentPath, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>();
        var taxonomy = ReadTaxonomy(contentPath, diagnostics) ?? Taxonomy.Empty;
        var scanned = scanner.Scan(contentPath, new ScanContext(new Dictionary<string, StoredFile>(), taxonomy, RereadAll: true), cancellationToken);
        diagnostics.AddRange(scanned.SelectMany(file => file.Diagnostics));
        MonthClaims.Resolve(scanned, diagnostics);
        return Sorted(diagnostics);
    }

    private IngestionReport IngestOnce(string contentPath, ChangedFiles? changed, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        // Listing 12,000 files (a stat each) overlaps opening the store and loading what it holds:
        // on a run where nothing changed those are most of the time. A run told what changed lists nothing.
        var listing = changed is null ? Task.Run(() => ContentFolder.IssueFiles(contentPath), cancellationToken) : null;
        database.EnsureCreated();
        using var connection = database.OpenWriter();
        var firstBuild = database.BeginFirstBuild(connection);
        try
        {
            return IngestInTransaction(connection, contentPath, listing, changed, started, cancellationToken);
        }
        finally
        {
            if (firstBuild)
                ArchiveDatabase.EndFirstBuild(connection);
        }
    }

    private IngestionReport IngestInTransaction(
        SqliteConnection connection, string contentPath, Task<FileInfo[]>? listing, ChangedFiles? changed, long started, CancellationToken cancellationToken)
    {
        using var transaction = connection.BeginTransaction();
        using var writer = new ArchiveWriter(connection, transaction);
        using var tags = new TaxonomyWriter(connection, transaction);
        var (version, parserVersion, taxonomyHash) = writer.ReadState();
        var storedFiles = writer.LoadStoredFiles();

        // A topics.yml with errors is reported and the taxonomy in force stays; a missing one means no topics.
        var diagnostics = new List<Diagnostic>();
        var taxonomy = File.Exists(Path.Combine(contentPath, TaxonomyReader.FileName))
            ? ReadTaxonomy(contentPath, diagnostics) ?? tags.Load(taxonomyHash)
            : Taxonomy.Empty;
        var retagAll = taxonomy.Hash != (taxonomyHash ?? "");
        if (retagAll)
            tags.Replace(taxonomy);

        var rereadAll = parserVersion != IssueParser.Version;
        // The named files only while the store is as the caller's last run left it.
        var onlyNamed = changed is not null && changed.SinceVersion == version && !rereadAll ? changed.Names : null;
        var files = onlyNamed is not null
            ? ContentFolder.IssueFiles(contentPath, storedFiles.Keys, onlyNamed)
            : listing?.GetAwaiter().GetResult() ?? ContentFolder.IssueFiles(contentPath); // rethrows the listing's own exception, unwrapped
        var present = files.Select(file => file.Name).ToHashSet(StringComparer.Ordinal);
        var removed = storedFiles.Keys.Where(name => !present.Contains(name)).Order(StringComparer.Ordinal).ToList();
        var run = new IngestionRun(writer, tags, scanner, new ScanContext(storedFiles, taxonomy, rereadAll, onlyNamed), files, removed, window);
        run.Run(cancellationToken);
        diagnostics.AddRange(run.Diagnostics);
        var (ingested, unchanged, failed, storedThisRun) = (run.Ingested, run.Unchanged, run.Failed, run.StoredIssues);

        if (retagAll)
            tags.TagAllBut(taxonomy, storedThisRun);
        if (ingested > 0 || removed.Count > 0 || retagAll)
        {
            tags.UpdateCounts(retagAll ? null : ChangedYears(run.ChangedMonths, removed.Select(name => storedFiles[name].IssueMonth)));
            version++;
        }
        writer.WriteState(version, taxonomy.Hash, timeProvider.GetUtcNow());
        if (ingested > window)
            writer.MergeSearchIndex(); // a large run: see there
        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();

        return new IngestionReport
        {
            FilesRead = files.Length,
            Ingested = ingested,
            Unchanged = unchanged,
            Removed = removed.Count,
            Failed = failed,
            Diagnostics = Sorted(diagnostics),
            Elapsed = Stopwatch.GetElapsedTime(started),
            ArchiveVersion = version,
            Retagged = retagAll,
            NamedFilesOnly = onlyNamed is not null,
        };
    }

    private static HashSet<int> ChangedYears(IEnumerable<IssueMonth> stored, IEnumerable<IssueMonth> removed) =>
        [.. stored.Concat(removed).Select(month => month.Year)];

    private static Taxonomy? ReadTaxonomy(string contentPath, List<Diagnostic> diagnostics)
    {
        var path = Path.Combine(contentPath, TaxonomyReader.FileName);
        if (!File.Exists(path))
            return Taxonomy.Empty;
        var bag = new DiagnosticBag(TaxonomyReader.FileName);
        Taxonomy? taxonomy;
        try
        {
            taxonomy = TaxonomyReader.Read(File.ReadAllText(path), bag);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Error(1, $"the file could not be read: {ex.Message}");
            taxonomy = null;
        }
        diagnostics.AddRange(bag.Items);
        return taxonomy;
    }

    private static List<Diagnostic> Sorted(List<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line)];

    public void Dispose() => gate.Dispose();
}
