using System.Net;
using AngleSharp.Dom;

namespace KusamaNews.Web.Tests;

/// <summary>Follows every internal link from a start page, breadth first, as a reader clicking everything would.</summary>
public static class SiteCrawler
{
    public sealed record CrawledPage(string Url, HttpStatusCode Status, string Html, IDocument? Document, string? Referrer);

    public static async Task<IReadOnlyList<CrawledPage>> CrawlAsync(HttpClient client, string start = "/", int maxPages = 500)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<(string Url, string? Referrer)>([(start, null)]);
        var pages = new List<CrawledPage>();
        while (queue.Count > 0 && pages.Count < maxPages)
        {
            var (url, referrer) = queue.Dequeue();
            using var response = await client.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            var isHtml = response.Content.Headers.ContentType?.MediaType == "text/html";
            var document = isHtml ? await Html.ParseAsync(html) : null;
            pages.Add(new CrawledPage(url, response.StatusCode, html, document, referrer));
            if (document is null)
                continue;

            foreach (var link in InternalLinks(document))
            {
                if (seen.Add(link))
                    queue.Enqueue((link, url));
            }
        }
        return pages;
    }

    /// <summary>Same-site paths (with their query, without their fragment) that a page links to or loads.</summary>
    public static IEnumerable<string> InternalLinks(IDocument document) =>
        document.QuerySelectorAll("a[href], link[href]")
            .Select(element => element.GetAttribute("href")!)
            .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
            .Select(href => href.Split('#')[0])
            .Where(href => href.Length > 0);
}
