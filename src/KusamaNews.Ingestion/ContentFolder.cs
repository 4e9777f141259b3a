namespace KusamaNews.Ingestion;

/// <summary>The folder of issue files: every <c>*.md</c> directly inside it, in ordinal name order.</summary>
public static class ContentFolder
{
    private static readonly EnumerationOptions IssueFilesOnly = new()
    {
        MatchCasing = MatchCasing.CaseInsensitive,
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
    };

    public static FileInfo[] IssueFiles(string contentPath)
    {
        if (!Directory.Exists(contentPath))
            throw new DirectoryNotFoundException($"The content folder '{contentPath}' does not exist (setting Archive:ContentPath).");
        return new DirectoryInfo(contentPath)
            .EnumerateFiles("*.md", IssueFilesOnly)
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .ToArray();
    }
}
