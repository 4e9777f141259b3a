namespace KusamaNews.BrowserTests;

/// <summary>
/// Debian's Chromium (Playwright's own browser download cannot work without a network). Missing,
/// the browser tests are skipped with the reason; with KUSAMANEWS_REQUIRE_TOOLS=1, as .ci/run
/// sets after installing it, a missing browser is a failure.
/// </summary>
public static class Chromium
{
    public static string? Path =>
        (Environment.GetEnvironmentVariable("KUSAMANEWS_CHROMIUM") ?? "/usr/bin/chromium") is var path && File.Exists(path) ? path : null;

    public static void Require()
    {
        if (Path is not null)
            return;
        const string missing = "Chromium is not installed at /usr/bin/chromium (or KUSAMANEWS_CHROMIUM)";
        if (Environment.GetEnvironmentVariable("KUSAMANEWS_REQUIRE_TOOLS") == "1")
            throw new InvalidOperationException($"{missing}; KUSAMANEWS_REQUIRE_TOOLS=1 makes that a failure (run `bash .ci/install-test-tools`).");
        Skip.If(true, $"{missing}: run `bash .ci/install-test-tools` (apt-get install chromium).");
    }
}
