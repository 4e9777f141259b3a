namespace KusamaNews.Ingestion.Diagnostics;

/// <summary>Collects the diagnostics of one file as it is decoded and parsed.</summary>
public sealed class DiagnosticBag(string file)
{
    private readonly List<Diagnostic> items = [];

    public string File { get; } = file;

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Exists(d => d.IsError);

    /// <summary>
    /// The file's number of lines, once known. Reports are kept within it: Markdig's inline line
    /// numbers can run past the end of a setext heading (found by ParserProperties).
    /// </summary>
    public int LineCount { get; set; } = int.MaxValue;

    public void Warn(int line, string message) => Add(line, DiagnosticSeverity.Warning, message);

    public void Error(int line, string message) => Add(line, DiagnosticSeverity.Error, message);

    private void Add(int line, DiagnosticSeverity severity, string message) =>
        items.Add(new(File, Math.Clamp(line, 1, Math.Max(1, LineCount)), severity, message));
}
