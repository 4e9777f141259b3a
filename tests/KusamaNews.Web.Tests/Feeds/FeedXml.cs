using System.Xml.Linq;

namespace KusamaNews.Web.Tests.Feeds;

/// <summary>Fetches an XML document (a feed, the sitemap) and parses it with System.Xml, failing on anything that is not well-formed.</summary>
public static class FeedXml
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task<XDocument> GetXmlAsync(this HttpClient client, string url, string mediaType)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public static Task<XDocument> GetFeedAsync(this HttpClient client, string url) => client.GetXmlAsync(url, "application/atom+xml");

    public static IReadOnlyList<XElement> Entries(this XDocument feed) => [.. feed.Root!.Elements(Atom + "entry")];

    public static string AlternateHref(this XElement element) =>
        element.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value;
}
