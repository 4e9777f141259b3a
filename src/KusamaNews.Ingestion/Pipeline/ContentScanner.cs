using System.Security.Cryptography;
using KusamaNews.Ingestion.Diagnostics;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Storage;
using KusamaNews.Ingestion.Topics;

namespace KusamaNews.Ingestion.Pipeline;

/// <summary>
/// Looks at every issue file and parses the ones that changed, in parallel. A file whose size and
/// time match the store is not even opened; one whose bytes hash the same is not parsed; one the
/// run takes as stored (<see cref="ScanContext.OnlyNamed"/>) is not even looked at.
/// </summary>
internal sealed class ContentScanner(IssueFileReader reader)
{
    public ScannedFile[] Scan(string contentPath, ScanContext context, CancellationToken cancellationToken)
    {
        var files = ContentFolder.IssueFiles(contentPath);
        return Scan(files, 0, files.Length, context, cancellationToken);
    }

    /// <summary>files[start .. start + count], in parallel, results in the same order.</summary>
    public ScannedFile[] Scan(FileInfo[] files, int start, int count, ScanContext context, CancellationToken cancellationToken)
    {
        count = Math.Min(count, files.Length - start);
        var scanned = new ScannedFile[count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, count, options, i => scanned[i] = ScanOne(files[start + i], context));
        return scanned;
    }

    public ScannedFile ScanOne(FileInfo file, ScanContext context)
    {
        var name = file.Name;
        var known = context.Known(name);
        var (rereadAll, taxonomy) = (context.RereadAll, context.Taxonomy);
        if (known is not null && context.NotNamed(name))
            return Unchanged(new SourceFacts(name, known.SourceLength, known.SourceModifiedTicks, known.ContentHash), known, factsChanged: false);

        var modified = file.LastWriteTimeUtc.Ticks;
        if (!rereadAll && known is not null && known.SourceLength == file.Length && known.SourceModifiedTicks == modified)
            return Unchanged(new SourceFacts(name, file.Length, modified, known.ContentHash), known, factsChanged: false);

        if (file.Length > reader.Limits.MaxFileBytes)
            return Failed(new SourceFacts(name, file.Length, modified, ""), reader.TooLarge(name, file.Length));

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(new SourceFacts(name, file.Length, modified, ""), [new Diagnostic(name, 1, DiagnosticSeverity.Error, $"the file could not be read: {ex.Message}")]);
        }

        var facts = new SourceFacts(name, bytes.Length, modified, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        if (!rereadAll && known is not null && known.ContentHash == facts.Hash)
            return Unchanged(facts, known, factsChanged: true);

        var result = reader.Read(name, bytes);
        if (result.Issue is not { } issue)
            return Failed(facts, result.Diagnostics);
        var unknownTags = issue.Tags.Where(tag => taxonomy.Topics.Count > 0 && taxonomy.Find(tag) is null)
            .Select(tag => new Diagnostic(name, issue.TagsLine, DiagnosticSeverity.Warning, $"the front matter tag \"{tag}\" is not a topic in {TaxonomyReader.FileName}; it was ignored"));
        return new ScannedFile(name, facts, ScanOutcome.Parsed, [.. result.Diagnostics, .. unknownTags])
        {
            Issue = issue,
            Month = issue.Month,
            MonthLine = issue.MonthLine,
            Tags = issue.Sections.Select(section => SectionTagger.Tag(taxonomy, section.Heading, section.PlainText, issue.Tags)).ToList(),
        };
    }

    private static ScannedFile Unchanged(SourceFacts facts, StoredFile known, bool factsChanged) =>
        new(facts.Name, facts, ScanOutcome.Unchanged, [])
        {
            Month = known.IssueMonth,
            MonthLine = known.MonthLine,
            FactsChanged = factsChanged,
        };

    private static ScannedFile Failed(SourceFacts facts, IReadOnlyList<Diagnostic> diagnostics) =>
        new(facts.Name, facts, ScanOutcome.Failed, diagnostics);
}
