using System.Net;
using KusamaNews.Ingestion.Pipeline;

namespace KusamaNews.Web.Tests.Pages;

public sealed class SectionPageTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    public static TheoryData<string, int> SeedSections()
    {
        var data = new TheoryData<string, int>();
        var reader = new IssueFileReader();
        foreach (var file in Directory.GetFiles(TestContent.Folder, "*.md"))
        {
            var issue = reader.Read(Path.GetFileName(file), File.ReadAllBytes(file)).Issue!;
            foreach (var section in issue.Sections)
                data.Add($"/issues/{issue.Month.Year:D4}/{issue.Month.Month:D2}/{section.Slug}", section.Ordinal);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedSections))]
    public async Task EverySeedSectionHasItsOwnPage(string url, int ordinal)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal($"Section {ordinal} of 7", page.QuerySelector(".section-page .meta").Text()[..$"Section {ordinal} of 7".Length]);
        Assert.Equal(6, page.QuerySelectorAll(".toc a").Length);
        Assert.EndsWith(url, page.QuerySelector(".permalink a").Text(), StringComparison.Ordinal);
        Assert.Equal(url, page.QuerySelector(".permalink a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ShowsTheIssueMonthAndHeadlineAndTheSectionItself()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/issues/2019/11/developer-ecosystem-kusama-attracts-dynamic-projects");

        Assert.Equal("November 2019", page.QuerySelector(".masthead time").Text());
        Assert.Equal("/issues/2019/11", page.QuerySelector(".section-page__issue a")!.GetAttribute("href"));
        Assert.Equal("Kusama Propels Blockchain Innovation Through Unprecedented Groundbreak", page.QuerySelector(".section-page__issue a").Text());
        Assert.Equal("Developer Ecosystem: Kusama Attracts Dynamic Projects", page.QuerySelector("h1").Text());
        Assert.Contains("Acala- a decentralized finance protocol", page.QuerySelector(".section-page").Text(), StringComparison.Ordinal);
        Assert.Equal("page", page.QuerySelector(".toc [aria-current]")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task PreviousAndNextSectionAreRightAtBothEndsOfTheIssue()
    {
        var client = factory.CreateClient();

        var first = await client.GetDocumentAsync("/issues/2024/06/canary-network-emerges-as-leading-force-in-blockchain-development");
        var last = await client.GetDocumentAsync("/issues/2024/06/anticipating-future-excellence");

        Assert.Empty(first.Hrefs("nav[aria-label=Sections] a[rel=prev]"));
        Assert.Equal(["/issues/2024/06/opengov-implementation-steers-kusama-forward"], first.Hrefs("nav[aria-label=Sections] a[rel=next]"));
        Assert.Equal(["/issues/2024/06/developer-ecosystem-fosters-a-vibrant-community"], last.Hrefs("nav[aria-label=Sections] a[rel=prev]"));
        Assert.Empty(last.Hrefs("nav[aria-label=Sections] a[rel=next]"));
    }

    [Theory]
    [InlineData("/issues/2024/06/no-such-section")]
    [InlineData("/issues/2024/07/anticipating-future-excellence")]
    [InlineData("/issues/2024/13/anticipating-future-excellence")]
    public async Task UnknownSectionsAreNotFound(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        await NotFoundPage.AssertHelpfulAsync(response);
    }

    [Theory]
    [InlineData("/issues/2024/6/anticipating-future-excellence")]
    [InlineData("/issues/2024/06/Anticipating-Future-Excellence")]
    public async Task NonCanonicalSectionUrlsRedirectPermanently(string url)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/issues/2024/06/anticipating-future-excellence", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SubHeadingsStayInOrderBelowTheSectionsH1()
    {
        using var archive = KusamaNewsFactory.WithContent(("2024-06.md", "# Kusama News - June 2024\n\n# H\n\n## Lead\n\nText.\n\n### Detail\n\nMore.\n"));

        var page = await archive.CreateClient().GetDocumentAsync("/issues/2024/06/lead");

        Assert.Equal("Detail", page.QuerySelector(".section-page h2").Text());
        Assert.Empty(page.QuerySelectorAll(".section-page h3"));
    }
}
