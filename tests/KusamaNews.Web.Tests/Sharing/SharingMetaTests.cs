using System.Text.Json;
using AngleSharp.Dom;

namespace KusamaNews.Web.Tests.Sharing;

/// <summary>What link previews and search engines read: OpenGraph and Twitter card meta, and schema.org JSON-LD.</summary>
public sealed class SharingMetaTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    [Theory]
    [InlineData("/issues/2024/06", "article")]
    [InlineData("/issues/2024/06/opengov-implementation-steers-kusama-forward", "article")]
    [InlineData("/topics/governance", "website")]
    public async Task IssueSectionAndTopicPagesCarryOpenGraphAndTwitterCardMeta(string url, string type)
    {
        var page = await factory.CreateClient().GetDocumentAsync(url);

        Assert.Equal(type, Meta(page, "og:type"));
        Assert.Equal("http://localhost" + url, Meta(page, "og:url"));
        Assert.Equal(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Meta(page, "og:url"));
        Assert.Equal(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), Meta(page, "og:description"));
        Assert.StartsWith(Meta(page, "og:title"), page.Title, StringComparison.Ordinal);
        Assert.Equal("Kusama News", Meta(page, "og:site_name"));
        Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.Equal(Meta(page, "og:title"), page.QuerySelector("meta[name='twitter:title']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task AnIssueIsAPublicationIssueWithItsSectionsAsParts()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/issues/2024/06");

        var issue = JsonLd(page);
        Assert.Equal("https://schema.org", issue.GetProperty("@context").GetString());
        Assert.Equal("PublicationIssue", issue.GetProperty("@type").GetString());
        Assert.Equal(page.QuerySelector("h1").Text(), issue.GetProperty("name").GetString());
        Assert.Equal("2024-06-01", issue.GetProperty("datePublished").GetString());
        Assert.Equal("Periodical", issue.GetProperty("isPartOf").GetProperty("@type").GetString());
        Assert.Equal("2024-06-01", Meta(page, "article:published_time"));
        var parts = issue.GetProperty("hasPart").EnumerateArray().ToList();
        Assert.Equal(page.Hrefs("section.section h2 a").Select(h => "http://localhost" + h), parts.Select(p => p.GetProperty("url").GetString()));
        Assert.All(parts, p => Assert.Equal("NewsArticle", p.GetProperty("@type").GetString()));
        Assert.Equal(page.QuerySelectorAll("section.section h2").Select(h => h.Text()), parts.Select(p => p.GetProperty("headline").GetString()));
    }

    [Fact]
    public async Task ASectionIsANewsArticleWithinItsIssue()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/issues/2024/06/opengov-implementation-steers-kusama-forward");

        var article = JsonLd(page);
        Assert.Equal("NewsArticle", article.GetProperty("@type").GetString());
        Assert.Equal("OpenGov Implementation Steers Kusama Forward", article.GetProperty("headline").GetString());
        Assert.Equal("2024-06-01", article.GetProperty("datePublished").GetString());
        Assert.Equal("Governance", article.GetProperty("articleSection").GetString());
        var issue = article.GetProperty("isPartOf");
        Assert.Equal("PublicationIssue", issue.GetProperty("@type").GetString());
        Assert.Equal("http://localhost/issues/2024/06", issue.GetProperty("url").GetString());
        Assert.Equal("Periodical", issue.GetProperty("isPartOf").GetProperty("@type").GetString());
    }

    [Fact]
    public async Task AHeadingThatClosesTheScriptStaysInsideTheJsonLd()
    {
        using var hostile = KusamaNewsFactory.WithContent(("2024-06.md", """
            # Kusama News - June 2024

            # Headline

            ## Lead </script><script>alert(1)</script> & "more"

            Text.
            """));
        var client = hostile.CreateClient();
        var issue = await client.GetDocumentAsync("/issues/2024/06");
        var slug = issue.Hrefs("section.section h2 a").Single();

        var page = await client.GetDocumentAsync(slug);

        var script = Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal("application/ld+json", script.GetAttribute("type"));
        Assert.Equal("Lead </script><script>alert(1)</script> & \"more\"", JsonLd(page).GetProperty("headline").GetString());
    }

    private static string? Meta(IDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    private static JsonElement JsonLd(IDocument page) =>
        JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
}
