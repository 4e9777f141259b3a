using static KusamaNews.Web.Tests.Hostile.ScriptFree;

namespace KusamaNews.Web.Tests.Hostile;

/// <summary>Hostile query text: search results and their snippets, the search API and highlighted sections are free of script.</summary>
public sealed class XssSearchTests : IDisposable
{
    private static readonly string[] HostileQueries =
        ["<script>alert(1)</script>", "script", "alert", "onerror", "iframe", "javascript", "\"><img src=x onerror=alert(1)>", "</mark><script>"];

    private readonly KusamaNewsFactory factory = CorpusSite();

    [Fact]
    public async Task SearchResultsSnippetsAndHighlightsAreFreeOfScript()
    {
        var client = factory.CreateClient();
        foreach (var query in HostileQueries)
        {
            var url = $"/search?q={Uri.EscapeDataString(query)}";
            var html = await client.GetStringAsync(url);
            AssertSafePage(url, html, await Html.ParseAsync(html));

            var json = await client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(query)}");
            AssertSafeJson(url, json);

            foreach (var section in new[] { "/issues/2032/09/lead-script-alert-heading-script", "/issues/2032/11/lead", "/issues/2032/12/lead" })
            {
                var highlighted = $"{section}?highlight={Uri.EscapeDataString(query)}";
                var sectionHtml = await client.GetStringAsync(highlighted);
                AssertSafePage(highlighted, sectionHtml, await Html.ParseAsync(sectionHtml));
            }
        }
    }

    public void Dispose() => factory.Dispose();
}
