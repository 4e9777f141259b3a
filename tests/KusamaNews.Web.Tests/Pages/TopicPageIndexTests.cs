using System.Globalization;

namespace KusamaNews.Web.Tests.Pages;

/// <summary>The topics page and the front page list every topic with its counts.</summary>
[Collection(TopicPageSite.Name)]
public sealed class TopicPageIndexTests(KusamaNewsFactory factory)
{
    [Fact]
    public async Task TheTopicsPageListsEveryTopicWithItsCountsMostFrequentFirst()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/topics");

        var cards = page.QuerySelectorAll(".topic-card");
        Assert.Equal(11, cards.Length);
        var governance = cards.Single(c => c.QuerySelector("h2").Text() == "Governance");
        Assert.Equal("/topics/governance", governance.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.StartsWith("OpenGov, referenda", governance.QuerySelector(".topic-card__description").Text(), StringComparison.Ordinal);
        Assert.Matches(@"^\d+ sections? in 2 issues", governance.QuerySelector(".meta").Text());
        var counts = cards.Select(c => int.Parse(c.QuerySelector(".meta").Text().Split(' ')[0], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public async Task TheFrontPageListsTheTopicsWithTheirCounts()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/");

        var topics = page.QuerySelectorAll(".topic-cloud li");
        Assert.Contains(topics, t => t.QuerySelector("a")!.GetAttribute("href") == "/topics/governance");
        Assert.All(topics, t => Assert.Matches(@"^\d+ sections?$", t.QuerySelector(".topic-cloud__count").Text()));
    }
}
