namespace KusamaNews.Web.Tests.Pages;

public sealed class HomePageTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    [Fact]
    public async Task ShowsTheLatestIssueFirstWithItsLeadAndSectionLinks()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/");

        var latest = page.QuerySelector(".front-issue")!;
        Assert.Equal("June 2024", latest.QuerySelector(".masthead time").Text());
        Assert.Equal("Kusama Experiences Unprecedented Growth and Progress in Blockchain Sphere", latest.QuerySelector("h1").Text());
        Assert.Equal("/issues/2024/06", latest.QuerySelector("h1 a")!.GetAttribute("href"));
        Assert.Equal("Canary Network Emerges as Leading Force in Blockchain Development", latest.QuerySelector(".front-issue__lead-heading").Text());
        Assert.StartsWith("In June 2024, Kusama, the experimental counterpart", latest.QuerySelector(".front-issue__lead").Text(), StringComparison.Ordinal);
        var sectionLinks = latest.Hrefs(".toc a");
        Assert.Equal(7, sectionLinks.Count);
        Assert.Equal("/issues/2024/06/opengov-implementation-steers-kusama-forward", sectionLinks[1]);
    }

    [Fact]
    public async Task ThenTheRecentIssuesAndALinkToTheArchive()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/");

        var recent = Assert.Single(page.QuerySelectorAll(".recent .issue-card"));
        Assert.Equal("November 2019", recent.QuerySelector("time").Text());
        Assert.Equal("/issues/2019/11", recent.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Contains("/issues", page.QuerySelector("main").Hrefs());
    }

    [Fact]
    public async Task AnEmptyArchiveSaysSo()
    {
        using var empty = KusamaNewsFactory.WithContent();

        var page = await empty.CreateClient().GetDocumentAsync("/");

        Assert.Contains("no issues in the archive yet", page.QuerySelector("main").Text(), StringComparison.Ordinal);
    }
}
