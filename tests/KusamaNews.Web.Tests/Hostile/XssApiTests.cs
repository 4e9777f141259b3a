using System.Text.Json;
using static KusamaNews.Web.Tests.Hostile.ScriptFree;

namespace KusamaNews.Web.Tests.Hostile;

/// <summary>Every JSON API answer is free of script: no tag as such anywhere, and no markup that could run in its HTML fields.</summary>
public sealed class XssApiTests : IDisposable
{
    private readonly KusamaNewsFactory factory = CorpusSite();

    [Fact]
    public async Task TheJsonApiIsFreeOfScript()
    {
        var client = factory.CreateClient();
        var urls = new List<string> { "/api/issues", "/api/topics" };
        var issues = JsonDocument.Parse(await client.GetStringAsync("/api/issues"));
        urls.AddRange(Values(issues.RootElement, "apiUrl").Select(url => new Uri(url).PathAndQuery));

        Assert.True(urls.Count > 20, $"only {urls.Count} API URLs were found");
        var htmlFields = 0;
        foreach (var url in urls)
        {
            var json = await client.GetStringAsync(url);
            AssertSafeJson(url, json);
            htmlFields += Values(JsonDocument.Parse(json).RootElement, "html").Count();
        }
        Assert.True(htmlFields > 20, $"only {htmlFields} html fields were checked");
    }

    public void Dispose() => factory.Dispose();
}
