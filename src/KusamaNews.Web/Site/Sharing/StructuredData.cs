using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Web.Site.Api;

namespace KusamaNews.Web.Site.Sharing;

/// <summary>
/// What every page's schema.org JSON-LD shares: the Periodical and its publisher, dates, and the
/// serializer. The issue and section pages build their own documents (PublicationIssue, NewsArticle).
/// </summary>
public static class StructuredData
{
    public const string Context = "https://schema.org";

    private const string Publication = "Kusama News";

    public static Periodical Periodical(SiteAddress site) => new(Publication, site.Absolute(SitePaths.Home));

    public static Organization Publisher(SiteAddress site) => new(Publication, site.Absolute(SitePaths.Home));

    public static string Published(IssueMonth month) => PublicationDate.Of(month).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The JSON for a &lt;script type="application/ld+json"&gt; block: "&lt;/script&gt;" in a heading comes out as "\u003C/script\u003E".</summary>
    public static string Serialize(object data) => JsonSerializer.Serialize(data, data.GetType(), Options);

    private static readonly JsonSerializerOptions Options = new(ApiJson.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

public sealed record Periodical(string Name, string Url, [property: JsonPropertyName("@type"), JsonPropertyOrder(-1)] string Type = "Periodical");

public sealed record Organization(string Name, string Url, [property: JsonPropertyName("@type"), JsonPropertyOrder(-1)] string Type = "Organization");
