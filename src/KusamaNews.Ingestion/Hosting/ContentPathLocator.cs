namespace KusamaNews.Ingestion.Hosting;

/// <summary>
/// Finds the repository's content/ folder whether the app starts from the repository root, its
/// project folder or its build output: the nearest folder above that holds KusamaNews.sln.
/// </summary>
internal static class ContentPathLocator
{
    private const string SolutionFile = "KusamaNews.sln";

    public static string FindDefault(string contentRoot)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), contentRoot, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
                    return Path.Combine(folder.FullName, "content");
            }
        }
        // A published app carries no solution; it looks for content/ beside itself.
        return Path.Combine(contentRoot, "content");
    }
}
