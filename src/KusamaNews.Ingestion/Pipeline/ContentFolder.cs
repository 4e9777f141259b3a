namespace KusamaNews.Ingestion.Pipeline;

/// <summary>The folder of issue files: every <c>*.md</c> directly inside it, in ordinal name order.</summary>
public static class ContentFolder
{
    private static readonly EnumerationOptions IssueFilesOnly = new()
    {
        MatchCasing = MatchCasing.CaseInsensitive,
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
    };

    /// <summary>Whether a file of this name is an issue file, as the listing finds them (dot files are hidden).</summary>
    public static bool IsIssueFile(string name) =>
        name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !name.StartsWith('.') && Path.GetFileName(name) == name;

    public static FileInfo[] IssueFiles(string contentPath)
    {
        EnsureExists(contentPath);
        return new DirectoryInfo(contentPath)
            .EnumerateFiles("*.md", IssueFilesOnly)
            .OrderBy(file => file.Name, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>
    /// The issue files without listing the folder: the <paramref name="known"/> ones taken to be
    /// there (not even looked at), and those of the <paramref name="named"/> ones that exist.
    /// </summary>
    internal static FileInfo[] IssueFiles(string contentPath, IEnumerable<string> known, IReadOnlySet<string> named)
    {
        EnsureExists(contentPath);
        var files = known.Where(name => !named.Contains(name))
            .Select(name => new FileInfo(Path.Combine(contentPath, name)))
            .Concat(named.Where(IsIssueFile).Select(name => new FileInfo(Path.Combine(contentPath, name))).Where(file => file.Exists));
        return [.. files.OrderBy(file => file.Name, StringComparer.Ordinal)];
    }

    private static void EnsureExists(string contentPath)
    {
        if (!Directory.Exists(contentPath))
            throw new DirectoryNotFoundException($"The content folder '{contentPath}' does not exist (setting Archive:ContentPath).");
    }
}
