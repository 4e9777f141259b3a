using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KusamaNews.Web.Tests;

/// <summary>Fetches a page and parses it with AngleSharp, as a browser would read it.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return await ParseAsync(response);
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        await ParseAsync(await response.Content.ReadAsStringAsync());

    public static async Task<IDocument> ParseAsync(string html) => await Parser.ParseDocumentAsync(html);

    /// <summary>The hrefs of the links an element holds, in document order.</summary>
    public static IReadOnlyList<string> Hrefs(this IParentNode? node, string selector = "a") =>
        node?.QuerySelectorAll(selector).Select(a => a.GetAttribute("href") ?? "").ToList() ?? [];

    public static string Text(this IElement? element) => element?.TextContent.Trim() ?? "";
}
