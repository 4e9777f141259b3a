using System.Text.Json.Serialization;
using KusamaNews.Web.Site.Sharing;

namespace KusamaNews.Web.Features.Sections;

/// <summary>A section as schema.org JSON-LD: a NewsArticle, part of its PublicationIssue, within the Periodical.</summary>
internal static class SectionStructuredData
{
    public static object For(SectionPage page, SiteAddress site)
    {
        var url = site.Absolute(page.Path);
        var issueUrl = site.Absolute(page.Issue.Path);
        var tags = page.Current.Tags;
        return new NewsArticle(
            StructuredData.Context,
            url,
            page.Current.Heading,
            url,
            url,
            StructuredData.Published(page.Issue.IssueMonth),
            // The newspaper's "section" of an article is its beat, when it has one.
            page.Current.Beat?.Name ?? (tags.Count > 0 ? tags[0].Name : page.Current.Heading),
            tags.Count > 0 ? string.Join(", ", tags.Select(t => t.Name)) : null,
            page.Current.WordCount,
            new IssueReference(issueUrl, page.Issue.Headline, issueUrl, StructuredData.Periodical(site)),
            StructuredData.Publisher(site));
    }

    private sealed record NewsArticle(
        [property: JsonPropertyName("@context"), JsonPropertyOrder(-2)] string Context,
        [property: JsonPropertyName("@id")] string Id,
        string Headline, string Url, string MainEntityOfPage, string DatePublished, string ArticleSection, string? Keywords,
        int WordCount, IssueReference IsPartOf, Organization Publisher, [property: JsonPropertyName("@type"), JsonPropertyOrder(-1)] string Type = "NewsArticle");

    private sealed record IssueReference([property: JsonPropertyName("@id")] string Id, string Name, string Url, Periodical IsPartOf, [property: JsonPropertyName("@type"), JsonPropertyOrder(-1)] string Type = "PublicationIssue");
}
