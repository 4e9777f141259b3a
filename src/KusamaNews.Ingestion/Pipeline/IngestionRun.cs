// Hot path: docs/PERFORMANCE.md, "Streaming ingestion" (f0ab83e: a full build 13.22 -> 8.05 s, peak 512 -> 344 MB) and "Windows of 256 files" (9e34ed5: peak 343-377 -> 281-293 MB in the same time); benchmark before you change this.
using KusamaNews.Ingestion.Diagnostics;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Ingestion.Pipeline;

/// <summary>
/// The writing half of one ingestion, inside its transaction: files in ordinal name order, a
/// window at a time, each window read and parsed in parallel while the one before it is written.
/// Only two windows are ever in memory, however large the archive. A window is written in two
/// steps: every issue it replaces is removed at once, then its issues are stored (one removal per
/// window, not per file, keeps FTS5 from writing out a segment per file: see ArchiveWriter).
/// </summary>
/// <remarks>
/// Month claims are settled as files arrive (<see cref="MonthClaimTracker"/>), to the same result
/// as settling them all at once, and each settlement is final, so no file is written and then
/// displaced (which would have lost the issue its row held before). In name order the first
/// claimant of a month is the first by name; the only later file that can beat it is one named
/// after the month, so before a file not so named takes a month, any such file not yet reached is
/// read at once to learn what it claims.
/// </remarks>
internal sealed class IngestionRun(
    ArchiveWriter writer, TaxonomyWriter tags, ContentScanner scanner, ScanContext context,
    FileInfo[] files, IReadOnlyList<string> removedFiles, int window)
{
    private enum Outcome
    {
        Ingested,
        Unchanged,
        Failed,
    }

    // Files by name, ignoring case: "2024-06.md" and "2024-06.MD" are both named after June 2024.
    private readonly ILookup<string, FileInfo> byNameIgnoringCase = files.ToLookup(file => file.Name, StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyDictionary<string, StoredFile> storedFiles = context.Stored;
    private readonly HashSet<IssueMonth> storedMonths = [.. context.Stored.Values.Select(file => file.IssueMonth)];
    private readonly HashSet<IssueMonth> writtenMonths = [];
    private readonly Dictionary<string, Outcome> outcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScannedFile> readAhead = new(StringComparer.Ordinal);
    private readonly MonthClaimTracker claims = new();

    // The window's writes, made once its files are applied: the files whose issue goes (changed
    // ones; the removed files with the first window), the months whose issue goes (taken by a
    // file) and the issues to store.
    private readonly List<string> filesToRemove = [.. removedFiles];
    private readonly HashSet<IssueMonth> monthsToRemove = [];
    private readonly List<ScannedFile> issuesToStore = [];

    public List<Diagnostic> Diagnostics { get; } = [];


    /// <summary>Issues this run stored, and tagged with the taxonomy in force.</summary>
    public HashSet<long> StoredIssues { get; } = [];

    /// <summary>The months of the issues this run stored, and of those they replaced.</summary>
    public HashSet<IssueMonth> ChangedMonths { get; } = [];

    public int Ingested => outcomes.Values.Count(o => o == Outcome.Ingested);
    public int Unchanged => outcomes.Values.Count(o => o == Outcome.Unchanged);
    public int Failed => outcomes.Values.Count(o => o == Outcome.Failed);

    public void Run(CancellationToken cancellationToken)
    {
        // Each window is scanned on a thread of its own: Parallel.For works on its calling thread
        // too, so the scan goes on even when the thread pool is busy (many hosts ingesting at once),
        // while this thread, which waits for it, writes.
        Task<ScannedFile[]> ScanWindow(int start) => Task.Factory.StartNew(
            () => scanner.Scan(files, start, window, context, cancellationToken),
            cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var next = files.Length > 0 ? ScanWindow(0) : null;
        for (var start = 0; next is not null; start += window)
        {
            var current = next.GetAwaiter().GetResult();
            var following = start + window; // a copy: the task must not see the loop's next increment
            next = following < files.Length ? ScanWindow(following) : null;
            foreach (var file in current)
                Apply(readAhead.Remove(file.Name, out var early) ? early : file);
            WriteWindow();
        }
        WriteWindow(); // the removed files, when there is no window at all

        Diagnostics.AddRange(claims.Reports());
        foreach (var file in outcomes.Keys.Where(claims.HasLost).ToList())
            outcomes[file] = Outcome.Failed;
    }

    private void Apply(ScannedFile file)
    {
        Diagnostics.AddRange(file.Diagnostics);
        outcomes[file.Name] = Outcome.Failed;
        if (file.Outcome == ScanOutcome.Failed || !TakeMonth(file))
            return;

        if (file.Outcome == ScanOutcome.Parsed)
        {
            var issue = file.Issue!;
            if (storedFiles.TryGetValue(file.Name, out var previous))
            {
                filesToRemove.Add(file.Name);
                ChangedMonths.Add(previous.IssueMonth);
            }
            if (storedMonths.Contains(issue.Month) || writtenMonths.Contains(issue.Month))
                monthsToRemove.Add(issue.Month);
            issuesToStore.Add(file);
            writtenMonths.Add(issue.Month);
            ChangedMonths.Add(issue.Month);
            outcomes[file.Name] = Outcome.Ingested;
        }
        else
        {
            if (file.FactsChanged)
                writer.UpdateFacts(file.Facts);
            outcomes[file.Name] = Outcome.Unchanged;
        }
    }

    private void WriteWindow()
    {
        writer.RemoveIssues(filesToRemove, monthsToRemove);
        // In month order, which is section id order: the order FTS5 wants its rows in.
        foreach (var file in issuesToStore.OrderBy(file => file.Issue!.Month.MonthKey))
        {
            var (issueId, sectionIds) = writer.Insert(file.Facts, file.Issue!);
            tags.TagIssue(sectionIds, file.Issue!.Month, file.Tags);
            StoredIssues.Add(issueId);
        }
        writer.EndWindow();
        filesToRemove.Clear();
        monthsToRemove.Clear();
        issuesToStore.Clear();
    }

    /// <summary>Whether the file's claim to its month stands, for good.</summary>
    private bool TakeMonth(ScannedFile file)
    {
        var month = file.Month!.Value;
        if (claims.HolderOf(month) is { } holder && holder.File != file.Name)
        {
            claims.Lose(file.Name, file.MonthLine, month);
            return false;
        }
        if (!MonthClaims.IsNamedAfter(file.Name, month) && NamedClaimantAhead(month, file.Name))
        {
            claims.Lose(file.Name, file.MonthLine, month);
            return false;
        }
        claims.Hold(month, file.Name, file.MonthLine);
        return true;
    }

    /// <summary>Whether a file named after the month, further on by name, claims it: read now, out of turn, and kept for its turn.</summary>
    private bool NamedClaimantAhead(IssueMonth month, string claimant)
    {
        foreach (var named in byNameIgnoringCase[month.FileName])
        {
            if (named.Name == claimant || outcomes.ContainsKey(named.Name))
                continue;
            if (!readAhead.TryGetValue(named.Name, out var early))
                early = readAhead[named.Name] = scanner.ScanOne(named, context);
            if (early.Month == month)
                return true;
        }
        return false;
    }
}
