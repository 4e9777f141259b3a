using System.Globalization;
using KusamaNews.Ingestion.Diagnostics;
using KusamaNews.Ingestion.Parsing;
using KusamaNews.Ingestion.Text;

namespace KusamaNews.Ingestion.Pipeline;

/// <summary>One issue file from bytes to a parsed issue: size limit, decoding, repair, parsing.</summary>
public sealed class IssueFileReader(IngestionLimits limits)
{
    private readonly IssueParser parser = new(IssueMarkdown.CreatePipeline(limits));

    public IssueFileReader() : this(IngestionLimits.Default)
    {
    }

    public IngestionLimits Limits => limits;

    /// <param name="file">The file's name within the content folder, used in diagnostics.</param>
    public IssueReadResult Read(string file, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > limits.MaxFileBytes)
            return new IssueReadResult(null, TooLarge(file, bytes.Length));

        var diagnostics = new DiagnosticBag(file);
        try
        {
            var text = SourceDecoder.Decode(bytes, diagnostics);
            var issue = text is null ? null : parser.Parse(text, diagnostics);
            return new IssueReadResult(diagnostics.HasErrors ? null : issue, diagnostics.Items);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The last line of defence: whatever a file does to the parser, it fails alone.
            diagnostics.Error(1, $"the file could not be read as an issue ({ex.GetType().Name}: {ex.Message})");
            return new IssueReadResult(null, diagnostics.Items);
        }
    }

    /// <summary>The error for a file over <see cref="IngestionLimits.MaxFileBytes"/>, which is refused unread.</summary>
    public IReadOnlyList<Diagnostic> TooLarge(string file, long length) =>
    [
        new Diagnostic(file, 1, DiagnosticSeverity.Error, string.Create(CultureInfo.InvariantCulture,
            $"the file is {length:N0} bytes, more than the limit of {limits.MaxFileBytes:N0} (Archive:MaxFileBytes)")),
    ];
}

/// <summary>The parsed issue (null when the file has errors) and everything noticed on the way.</summary>
public sealed record IssueReadResult(ParsedIssue? Issue, IReadOnlyList<Diagnostic> Diagnostics);
