namespace KusamaNews.Web.Tests.Pages;

public sealed class ArchivePageTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    [Fact]
    public async Task GroupsIssuesByYearNewestFirstWithTwelveMonthsAndGaps()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/issues");

        var years = page.QuerySelectorAll(".archive-year");
        Assert.Equal(["2024", "2019"], years.Select(y => y.QuerySelector("h2").Text()));
        Assert.All(years, y => Assert.Equal(12, y.QuerySelectorAll(".month-grid li").Length));
        Assert.Equal(["/issues/2024/06"], years[0].Hrefs(".month-grid a"));
        Assert.Equal(["/issues/2019/11"], years[1].Hrefs(".month-grid a"));
        Assert.Equal(11, years[0].QuerySelectorAll(".month-grid__gap").Length);
        Assert.Equal("No issues from 2020 to 2023", page.QuerySelector(".year-gap").Text());
    }

    [Fact]
    public async Task IsPaginatedByYearOnALargerArchive()
    {
        var files = Enumerable.Range(2000, 25).Select(year => ($"{year}-03.md", $"# Kusama News - March {year}\n\n# Issue of {year}\n\n## Lead\n\nText.\n")).ToArray();
        using var archive = KusamaNewsFactory.WithContent(files);
        var client = archive.CreateClient();

        var first = await client.GetDocumentAsync("/issues");
        var third = await client.GetDocumentAsync("/issues?page=3");
        using var fourth = await client.GetAsync("/issues?page=4");

        Assert.Equal(Enumerable.Range(2015, 10).Reverse().Select(y => y.ToString()), first.QuerySelectorAll(".archive-year h2").Select(h => h.Text()));
        Assert.Equal(["/issues?page=2"], first.Hrefs(".pager a[rel=next]"));
        Assert.Empty(first.QuerySelectorAll(".pager a[rel=prev]"));
        Assert.Equal(Enumerable.Range(2000, 5).Reverse().Select(y => y.ToString()), third.QuerySelectorAll(".archive-year h2").Select(h => h.Text()));
        Assert.Equal(["/issues?page=2"], third.Hrefs(".pager a[rel=prev]"));
        await NotFoundPage.AssertHelpfulAsync(fourth);
    }

    [Theory]
    [InlineData("/issues?page=0")]
    [InlineData("/issues?page=-1")]
    [InlineData("/issues?page=abc")]
    [InlineData("/issues?page=99999999999999")]
    public async Task ImpossiblePagesAreNotFound(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        await NotFoundPage.AssertHelpfulAsync(response);
    }

    [Fact]
    public async Task AYearPageListsThatYearsIssuesAndLinksTheNeighbouringYears()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/issues/2024");

        Assert.Equal("Issues of 2024", page.QuerySelector("h1").Text());
        Assert.Equal(["/issues/2024/06"], page.Hrefs(".issue-card h2 a"));
        Assert.Equal(["/issues/2019"], page.Hrefs(".pager a[rel=prev]"));
        Assert.Empty(page.Hrefs(".pager a[rel=next]"));
    }

    [Fact]
    public async Task AYearWithoutIssuesIsNotFound()
    {
        using var response = await factory.CreateClient().GetAsync("/issues/2021");

        await NotFoundPage.AssertHelpfulAsync(response);
    }
}
