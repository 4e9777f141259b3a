namespace KusamaNews.Web.Tests;

/// <summary>
/// The W3C Nu HTML checker (vnu.jar, run locally with Java) over documents a test has fetched.
/// Without it the calling test is skipped and says why (<see cref="TestTools.NuChecker"/>).
/// </summary>
public static class NuChecker
{
    /// <summary>What vnu reports on the files (named by extension: .html or .css); empty when they are valid.</summary>
    public static async Task<string> CheckAsync(IEnumerable<(string Name, string Content)> files)
    {
        var checker = TestTools.NuChecker();
        var folder = Directory.CreateTempSubdirectory("kusamanews-vnu").FullName;
        try
        {
            var paths = new List<string>();
            foreach (var (name, content) in files)
            {
                var path = Path.Combine(folder, name);
                await File.WriteAllTextAsync(path, content);
                paths.Add(path);
            }
            var (exitCode, stdout, stderr) = await TestTools.RunAsync("java", ["-jar", checker, "--format", "gnu", "--also-check-css", .. paths]);
            var output = stdout + stderr;
            return exitCode == 0 && output.Trim().Length == 0 ? "" : $"exit code {exitCode}\n{output}";
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
