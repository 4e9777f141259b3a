namespace KusamaNews.Web.Tests.Pages;

public sealed class HomePageTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    [Fact]
    public async Task ListsEveryIssueNewestFirstWithMonthHeadlineAndLead()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/");

        var cards = page.QuerySelectorAll(".issue-card");
        Assert.Equal(["June 2024", "November 2019"], cards.Select(c => c.QuerySelector("time").Text()));
        Assert.Equal(
            ["Kusama Experiences Unprecedented Growth and Progress in Blockchain Sphere", "Kusama Propels Blockchain Innovation Through Unprecedented Groundbreak"],
            cards.Select(c => c.QuerySelector("h2").Text()));
        Assert.Equal("/issues/2024/06", cards[0].QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("Polkadot's \"Canary Network\u201D Launch Leaps Forward", cards[1].QuerySelector(".issue-card__lead-heading").Text());
        Assert.StartsWith("In June 2024, Kusama, the experimental counterpart", cards[0].QuerySelector(".issue-card__lead").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HasOneH1ALanguageAndATitle()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/");

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Kusama News", page.Title);
    }
}
