namespace KusamaNews.Web.Tests;

/// <summary>The content folder the tests' sites read: the repository's content/ and TestContent/, copied beside the tests (the .csproj).</summary>
public static class TestContent
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestContent");
}
