namespace KusamaNews.Benchmarks.Micro;

/// <summary>
/// Files of this repository the benchmarks read. Found by walking up from the running assembly,
/// which BenchmarkDotNet may have built into a folder of its own, but always below the repository.
/// </summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Content(string file) => Path.Combine(Root, "content", file);

    /// <summary>
    /// The synthetic corpus generator: the shared one beside the repository when it is there, else
    /// our copy of it in bench/ (a clean checkout has no shared/; a test keeps the copy identical).
    /// </summary>
    public static string CorpusGenerator
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared", "tools", "gen-corpus.py"));
            return File.Exists(shared) ? shared : Path.Combine(Root, "bench", "gen-corpus.py");
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KusamaNews.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"the repository root (KusamaNews.sln) is not above {AppContext.BaseDirectory}");
    }
}
