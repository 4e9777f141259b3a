using System.Text.Json;
using System.Xml.Linq;
using KusamaNews.Testing;
using static KusamaNews.Web.Tests.Hostile.ScriptFree;

namespace KusamaNews.Web.Tests.Hostile;

/// <summary>The HTML inside both kinds of Atom feed is free of script, and no feed links a javascript: URL.</summary>
public sealed class XssFeedTests : IDisposable
{
    private readonly KusamaNewsFactory factory = CorpusSite();

    [Fact]
    public async Task FeedsAreFreeOfScript()
    {
        var client = factory.CreateClient();
        var feeds = new List<string> { "/feed.xml" };
        var topics = JsonDocument.Parse(await client.GetStringAsync("/api/topics"));
        feeds.AddRange(Values(topics.RootElement, "feedUrl").Select(url => new Uri(url).PathAndQuery).Distinct());

        var htmlChecked = 0;
        foreach (var url in feeds)
        {
            var feed = XDocument.Parse(await client.GetStringAsync(url));
            foreach (var element in feed.Descendants().Where(e => (string?)e.Attribute("type") == "html"))
            {
                Assert.Empty(HtmlSafety.Violations(element.Value).Select(v => $"{url}: {v}"));
                htmlChecked++;
            }
            Assert.DoesNotContain(feed.Descendants().Attributes("href"), href => href.Value.TrimStart().StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        }
        Assert.True(htmlChecked > 20, $"only {htmlChecked} HTML fields were found in the feeds");
    }

    public void Dispose() => factory.Dispose();
}
