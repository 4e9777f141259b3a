using System.Text.Json.Serialization;
using KusamaNews.Web.Site.Sharing;

namespace KusamaNews.Web.Features.Issues;

/// <summary>An issue as schema.org JSON-LD: a PublicationIssue with its sections as parts, within the Periodical.</summary>
internal static class IssueStructuredData
{
    public static object For(IssueDetails issue, SiteAddress site) => new PublicationIssue(
        StructuredData.Context,
        site.Absolute(issue.Path),
        site.Absolute(issue.Path),
        issue.Headline,
        StructuredData.Published(issue.Month),
        StructuredData.Periodical(site),
        [.. issue.Sections.Select(s => new ArticlePart(s.Heading, site.Absolute(SitePaths.Section(issue.Month, s.Slug)), s.Ordinal))]);

    private sealed record PublicationIssue(
        [property: JsonPropertyName("@context"), JsonPropertyOrder(-2)] string Context,
        [property: JsonPropertyName("@id")] string Id,
        string Url, string Name, string DatePublished, Periodical IsPartOf, IReadOnlyList<ArticlePart> HasPart, [property: JsonPropertyName("@type"), JsonPropertyOrder(-1)] string Type = "PublicationIssue");

    private sealed record ArticlePart(string Headline, string Url, int Position, [property: JsonPropertyName("@type"), JsonPropertyOrder(-1)] string Type = "NewsArticle");
}
