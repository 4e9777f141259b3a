using System.Text.Json;
using AngleSharp.Dom;
using KusamaNews.Testing;

namespace KusamaNews.Web.Tests.Hostile;

/// <summary>
/// The hostile-content corpus (tests/BadContent: raw script, iframes, event handlers, javascript:
/// and data: links) served by a site, and the checks the Xss* classes make of every output it has:
/// nothing that could run script gets through.
/// </summary>
internal static class ScriptFree
{
    // What the site itself puts in every page: its stylesheet and feed links, meta tags, and the search forms.
    private static readonly HashSet<string> SiteElements = ["link", "meta", "form", "input", "button"];

    // The fields the API documents as HTML; the others are text, for the consumer to escape.
    private static readonly string[] HtmlFields = ["html", "snippet"];

    public static KusamaNewsFactory CorpusSite() => KusamaNewsFactory.WithContentCopiedFrom(
        Path.Combine(AppContext.BaseDirectory, "BadContent"),
        Path.Combine(TestContent.Folder, "topics.yml"));

    public static void AssertSafePage(string url, string html, IDocument page)
    {
        Assert.Empty(HtmlSafety.Violations(html, document: true, allowed: SiteElements).Select(v => $"{url}: {v}"));
        Assert.All(page.QuerySelectorAll("form"), form => Assert.Equal("/search", form.GetAttribute("action")));
        Assert.All(page.QuerySelectorAll("link, meta"), element => Assert.NotNull(element.Closest("head")));
    }

    public static void AssertSafeJson(string url, string json)
    {
        // The encoder escapes <, > and & in every string, so no JSON answer holds a tag as such,
        // even when a script reads it into a page carelessly.
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        foreach (var field in HtmlFields)
        {
            foreach (var html in Values(document.RootElement, field))
                Assert.Empty(HtmlSafety.Violations(html).Select(v => $"{url} {field}: {v}"));
        }
    }

    public static IEnumerable<string> Values(JsonElement element, string name) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(e => Values(e, name)),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.NameEquals(name) && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : Values(p.Value, name)),
        _ => [],
    };
}
