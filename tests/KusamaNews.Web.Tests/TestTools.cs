namespace KusamaNews.Web.Tests;

/// <summary>
/// External tools some tests drive. Missing on a developer's machine, a test that needs one is
/// skipped with the reason; with KUSAMANEWS_REQUIRE_TOOLS=1 (as .ci/run sets) a missing tool fails it.
/// </summary>
public static class TestTools
{
    public const string InstallHint = "run `bash .ci/install-test-tools` once";

    private static bool Required => Environment.GetEnvironmentVariable("KUSAMANEWS_REQUIRE_TOOLS") == "1";

    public static string ToolsFolder =>
        Environment.GetEnvironmentVariable("KUSAMANEWS_TOOLS")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "kusamanews-tools");

    /// <summary>The path of vnu.jar (the W3C Nu HTML checker), when it and Java are installed.</summary>
    public static string NuChecker()
    {
        var jar = Environment.GetEnvironmentVariable("VNU_JAR")
            ?? Path.Combine(ToolsFolder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Require(File.Exists(jar), $"the W3C Nu HTML checker is not installed at {jar}");
        Require(OnPath("java"), "Java is not installed (the Nu HTML checker needs it)");
        return jar;
    }

    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(folder => File.Exists(Path.Combine(folder, program)));

    public static void Require(bool available, string missing)
    {
        if (available)
            return;
        if (Required)
            throw new InvalidOperationException($"{missing}; KUSAMANEWS_REQUIRE_TOOLS=1 makes that a failure ({InstallHint}).");
        Skip.If(true, $"{missing}: {InstallHint}.");
    }
}
