using System.Text;
using KusamaNews.Ingestion.Pipeline;

namespace KusamaNews.Ingestion.Tests;

/// <summary>Reads test fixtures (Fixtures/*.md) and strings through the real file reader.</summary>
internal static class Fixture
{
    public static IssueReadResult Read(string name) =>
        new IssueFileReader().Read(name, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)));

    public static IssueReadResult ReadText(string markdown, string name = "test.md") =>
        new IssueFileReader().Read(name, Encoding.UTF8.GetBytes(markdown));

    public static IssueReadResult ReadBytes(byte[] bytes, string name = "test.md") =>
        new IssueFileReader().Read(name, bytes);

    public const string MinimalIssue = "# Kusama News - June 2024\n\n# Headline\n\n## Lead\n\nText.\n";

    /// <summary>The minimal issue with a headline that is not ASCII, for the tests of decoding.</summary>
    public const string AccentedIssue = "# Kusama News - June 2024\n\n# Caf\u00e9 Headline\n\n## Lead\n\nText.\n";
}
