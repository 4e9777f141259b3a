using System.Globalization;

namespace KusamaNews.Ingestion.Diagnostics;

/// <summary>Something ingestion noticed in one content file, at one line (1-based).</summary>
public sealed record Diagnostic(string File, int Line, DiagnosticSeverity Severity, string Message)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The compiler-style form editors and CI logs understand: <c>file:line: severity: message</c>.</summary>
    public string Format(string displayPath) =>
        string.Create(CultureInfo.InvariantCulture, $"{displayPath}:{Line}: {Severity.ToString().ToLowerInvariant()}: {Message}");

    public override string ToString() => Format(File);
}
