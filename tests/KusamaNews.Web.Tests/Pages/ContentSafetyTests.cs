namespace KusamaNews.Web.Tests.Pages;

/// <summary>Raw HTML written into an issue reaches the reader as text, never as markup.</summary>
public sealed class ContentSafetyTests
{
    private const string Hostile = """
        # Kusama News - June 2024

        # <script>alert('headline')</script>

        ## Lead <img src=x onerror=alert(1)>

        <script>alert(2)</script> and [click](javascript:alert(3)).
        """;

    [Fact]
    public async Task HostileMarkdownIsEscapedOnTheHomeAndIssuePages()
    {
        using var factory = KusamaNewsFactory.WithContent(("2024-06.md", Hostile));
        var client = factory.CreateClient();

        foreach (var url in new[] { "/", "/issues/2024/06" })
        {
            var page = await client.GetDocumentAsync(url);

            Assert.Empty(page.QuerySelectorAll("main script, main img, main iframe"));
            Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
            Assert.Contains("<script>alert(2)</script>", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
    }
}
