namespace KusamaNews.Ingestion.Diagnostics;

/// <summary>Collects the diagnostics of one file as it is decoded and parsed.</summary>
public sealed class DiagnosticBag(string file)
{
    private readonly List<Diagnostic> items = [];

    public string File { get; } = file;

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Exists(d => d.IsError);

    public void Warn(int line, string message) => items.Add(new(File, line, DiagnosticSeverity.Warning, message));

    public void Error(int line, string message) => items.Add(new(File, line, DiagnosticSeverity.Error, message));
}
