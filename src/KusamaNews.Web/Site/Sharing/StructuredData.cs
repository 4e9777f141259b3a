using System.Text.Json;
using System.Text.Json.Serialization;
using KusamaNews.Web.Site.Api;
using KusamaNews.Web.Features.Issues;
using KusamaNews.Web.Features.Sections;
using KusamaNews.Web.Site;
using KusamaNews.Web.Site.Urls;

namespace KusamaNews.Web.Site.Sharing;

/// <summary>schema.org JSON-LD: a PublicationIssue with its sections as parts, a NewsArticle for a section, both within the Periodical.</summary>
public static class StructuredData
{
    private const string Context = "https://schema.org";
    private const string Publication = "Kusama News";

    public static object ForIssue(IssueDetails issue, SiteAddress site) => new PublicationIssue(
        Context,
        site.Absolute(issue.Path),
        site.Absolute(issue.Path),
        issue.Headline,
        Published(issue.Month),
        new Periodical(Publication, site.Absolute("/")),
        [.. issue.Sections.Select(s => new ArticlePart(s.Heading, site.Absolute(SitePaths.Section(issue.Month, s.Slug)), s.Ordinal))]);

    public static object ForSection(SectionPage page, SiteAddress site)
    {
        var url = site.Absolute(page.Path);
        var issueUrl = site.Absolute(page.Issue.Path);
        var tags = page.Current.Tags;
        return new NewsArticle(
            Context,
            url,
            page.Current.Heading,
            url,
            url,
            Published(page.Issue.IssueMonth),
            // The newspaper's "section" of an article is its beat, when it has one.
            page.Current.Beat?.Name ?? (tags.Count > 0 ? tags[0].Name : page.Current.Heading),
            tags.Count > 0 ? string.Join(", ", tags.Select(t => t.Name)) : null,
            page.Current.WordCount,
            new IssueReference(issueUrl, page.Issue.Headline, issueUrl, new Periodical(Publication, site.Absolute("/"))),
            new Organization(Publication, site.Absolute("/")));
    }

    /// <summary>The JSON for a &lt;script type="application/ld+json"&gt; block: "&lt;/script&gt;" in a heading comes out as "\u003C/script\u003E".</summary>
    public static string Serialize(object data) => JsonSerializer.Serialize(data, data.GetType(), Options);

    private static string Published(Ingestion.IssueMonth month) => PublicationDate.Of(month).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly JsonSerializerOptions Options = new(ApiJson.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private sealed record Periodical(string Name, string Url, [property: JsonPropertyName("@type"), JsonPropertyOrder(-1)] string Type = "Periodical");

    private sealed record Organization(string Name, string Url, [property: JsonPropertyName("@type"), JsonPropertyOrder(-1)] string Type = "Organization");

    private sealed record PublicationIssue(
        [property: JsonPropertyName("@context"), JsonPropertyOrder(-2)] string Context,
        [property: JsonPropertyName("@id")] string Id,
        string Url, string Name, string DatePublished, Periodical IsPartOf, IReadOnlyList<ArticlePart> HasPart, [property: JsonPropertyName("@type"), JsonPropertyOrder(-1)] string Type = "PublicationIssue");

    private sealed record ArticlePart(string Headline, string Url, int Position, [property: JsonPropertyName("@type"), JsonPropertyOrder(-1)] string Type = "NewsArticle");

    private sealed record NewsArticle(
        [property: JsonPropertyName("@context"), JsonPropertyOrder(-2)] string Context,
        [property: JsonPropertyName("@id")] string Id,
        string Headline, string Url, string MainEntityOfPage, string DatePublished, string ArticleSection, string? Keywords,
        int WordCount, IssueReference IsPartOf, Organization Publisher, [property: JsonPropertyName("@type"), JsonPropertyOrder(-1)] string Type = "NewsArticle");

    private sealed record IssueReference([property: JsonPropertyName("@id")] string Id, string Name, string Url, Periodical IsPartOf, [property: JsonPropertyName("@type"), JsonPropertyOrder(-1)] string Type = "PublicationIssue");
}
