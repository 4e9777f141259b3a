namespace KusamaNews.Ingestion.Hosting;

internal static class DiagnosticPaths
{
    /// <summary>A content file's path as the reader of a log or terminal can open it: relative to the working folder when inside it.</summary>
    public static string Display(string contentPath, string file)
    {
        var full = Path.Combine(contentPath, file);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }
}
