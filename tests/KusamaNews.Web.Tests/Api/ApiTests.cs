using System.Net;
using System.Text.Json;

namespace KusamaNews.Web.Tests.Api;

public sealed class ApiTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    [Fact]
    public async Task TheIssueListHasEveryIssueNewestFirstWithStableUrls()
    {
        var client = factory.CreateClient();
        var list = await GetJsonAsync(client, "/api/issues");

        Assert.Equal(2, list.GetProperty("count").GetInt32());
        var issues = list.GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal(["2024-06", "2019-11"], issues.Select(i => i.GetProperty("id").GetString()));
        var june = issues[0];
        Assert.Equal((2024, 6, 7), (june.GetProperty("year").GetInt32(), june.GetProperty("month").GetInt32(), june.GetProperty("sectionCount").GetInt32()));
        Assert.Equal("http://localhost/issues/2024/06", june.GetProperty("url").GetString());
        Assert.Equal("http://localhost/api/issues/2024/06", june.GetProperty("apiUrl").GetString());
        var page = await client.GetDocumentAsync("/issues/2024/06");
        Assert.Equal(page.QuerySelector("h1").Text(), june.GetProperty("headline").GetString());
        Assert.Equal(page.QuerySelector("section.section h2").Text(), june.GetProperty("leadHeading").GetString());
    }

    [Fact]
    public async Task AnIssueHasItsSectionsWithHtmlAndTagsAndItsNeighbours()
    {
        var client = factory.CreateClient();
        var issue = await GetJsonAsync(client, "/api/issues/2024/06");
        var page = await client.GetDocumentAsync("/issues/2024/06");

        Assert.Equal("2024-06", issue.GetProperty("id").GetString());
        var sections = issue.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(page.Hrefs("section.section h2 a").Select(h => "http://localhost" + h), sections.Select(s => s.GetProperty("url").GetString()));
        Assert.Equal(Enumerable.Range(1, 7), sections.Select(s => s.GetProperty("ordinal").GetInt32()));
        Assert.All(sections, s => Assert.StartsWith("<p>", s.GetProperty("html").GetString(), StringComparison.Ordinal));
        var opengov = sections.Single(s => s.GetProperty("slug").GetString() == "opengov-implementation-steers-kusama-forward");
        var governance = opengov.GetProperty("tags").EnumerateArray().First(t => t.GetProperty("slug").GetString() == "governance");
        Assert.True(governance.GetProperty("primary").GetBoolean());
        Assert.Equal("http://localhost/topics/governance", governance.GetProperty("url").GetString());
        Assert.Equal("http://localhost/topics/governance/feed.xml", governance.GetProperty("feedUrl").GetString());
        Assert.Contains(issue.GetProperty("tags").EnumerateArray(), t => t.GetProperty("slug").GetString() == "governance");
        Assert.Equal("http://localhost/api/issues/2019/11", issue.GetProperty("previous").GetProperty("apiUrl").GetString());
        Assert.Equal(JsonValueKind.Null, issue.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task TheTopicListHasEveryTopicWithItsCountsAndUrls()
    {
        var client = factory.CreateClient();
        var list = await GetJsonAsync(client, "/api/topics");

        var topics = list.GetProperty("topics").EnumerateArray().ToList();
        Assert.Equal(11, topics.Count);
        var governance = topics.Single(t => t.GetProperty("slug").GetString() == "governance");
        Assert.Equal("Governance", governance.GetProperty("name").GetString());
        Assert.Equal(2, governance.GetProperty("issueCount").GetInt32());
        Assert.Equal("governance", topics.Single(t => t.GetProperty("slug").GetString() == "opengov").GetProperty("parent").GetString());
        foreach (var url in topics.SelectMany(t => new[] { t.GetProperty("url").GetString()!, t.GetProperty("feedUrl").GetString()! }))
        {
            using var response = await client.GetAsync(new Uri(url).PathAndQuery);
            Assert.True(response.StatusCode == HttpStatusCode.OK, url);
        }
    }

    [Theory]
    [InlineData("/api/issues/2024/05")]
    [InlineData("/api/issues/2024/13")]
    [InlineData("/api/issues/2024/6")]
    [InlineData("/api/nothing/here")]
    public async Task WhatIsNotThereIsAJsonNotFound(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task TextThatLooksLikeMarkupIsEscapedAndReadsBackAsWritten()
    {
        using var hostile = KusamaNewsFactory.WithContent(("2024-06.md", """
            # Kusama News - June 2024

            # "Quotes" & <span>tags</span> \ backslash

            ## Lead

            Text.
            """));
        using var response = await hostile.CreateClient().GetAsync("/api/issues");
        var json = await response.Content.ReadAsStringAsync();

        // <span> is no editor's tag (those, <b> among them, are markup, and a heading's text keeps their words alone).
        Assert.DoesNotContain("<span>", json, StringComparison.Ordinal);
        var issue = JsonDocument.Parse(json).RootElement.GetProperty("issues")[0];
        Assert.Equal("\"Quotes\" & <span>tags</span> \\ backslash", issue.GetProperty("headline").GetString());
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
