namespace KusamaNews.Ingestion.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
