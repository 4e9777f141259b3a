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

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await Parser.ParseDocumentAsync(html);
    }

    public static string Text(this IElement? element) => element?.TextContent.Trim() ?? "";
}
