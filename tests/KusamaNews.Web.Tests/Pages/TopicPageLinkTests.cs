using System.Globalization;

namespace KusamaNews.Web.Tests.Pages;

/// <summary>Issue and section pages link their topics, and the related sections of other months.</summary>
[Collection(TopicPageSite.Name)]
public sealed class TopicPageLinkTests(KusamaNewsFactory factory)
{
    [Fact]
    public async Task EachSectionShowsItsTagsAndTheIssueShowsTheirUnion()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/issues/2024/06");

        var governance = page.GetElementById("opengov-implementation-steers-kusama-forward")!;
        Assert.Equal("/topics/governance", governance.QuerySelector(".tags a.tag--primary")!.GetAttribute("href"));
        var issueTags = page.QuerySelector(".issue__header .tags").Hrefs();
        var sectionTags = page.QuerySelectorAll("section.section .tags").SelectMany(t => t.Hrefs()).Distinct().ToList();
        Assert.Equal(sectionTags.Order(), issueTags.Order());
        Assert.Contains("/topics/outlook", issueTags);
    }

    [Fact]
    public async Task ASectionLinksMoreOnItsTopicFromOtherMonthsAndItsBeatInTheNeighbouringIssues()
    {
        var client = factory.CreateClient();

        var june = await client.GetDocumentAsync("/issues/2024/06/opengov-implementation-steers-kusama-forward");
        var november = await client.GetDocumentAsync("/issues/2019/11/opengov-implementation-governance-takes-on-new-hue");

        Assert.Equal("/topics/governance", june.QuerySelector(".related h2 a")!.GetAttribute("href"));
        Assert.Equal(["/issues/2019/11/opengov-implementation-governance-takes-on-new-hue"], june.Hrefs(".related__list a"));
        var beat = june.QuerySelector("nav[aria-label='Governance across issues']")!;
        Assert.Equal(["/issues/2019/11/opengov-implementation-governance-takes-on-new-hue"], beat.Hrefs("a[rel=prev]"));
        Assert.Contains("Governance, previous issue", beat.Text(), StringComparison.Ordinal);
        Assert.Empty(beat.Hrefs("a[rel=next]"));
        Assert.Equal(["/issues/2024/06/opengov-implementation-steers-kusama-forward"], november.Hrefs("nav[aria-label='Governance across issues'] a[rel=next]"));
    }

    [Fact]
    public async Task RelatedSectionsAreFromOtherMonthsNearestFirst()
    {
        var files = Enumerable.Range(1, 9)
            .Select(m => ($"2024-{m:D2}.md", $"# Kusama News - {new DateOnly(2024, m, 1).ToString("MMMM", CultureInfo.InvariantCulture)} 2024\n\n# Issue {m}\n\n## Lead\n\nText.\n\n## Treasury Report\n\nFunds.\n\n## Referenda Roundup\n\nVotes.\n"))
            .Append(("topics.yml", File.ReadAllText(Path.Combine(TestContent.Folder, "topics.yml"))))
            .ToArray();
        using var archive = KusamaNewsFactory.WithContent(files);

        var page = await archive.CreateClient().GetDocumentAsync("/issues/2024/05/treasury-report");

        // Each month has two governance sections; the nearest months come first, earlier before later at equal distance.
        var months = page.QuerySelectorAll(".related__list time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(["2024-04", "2024-04", "2024-06", "2024-06", "2024-03"], months);
    }
}
