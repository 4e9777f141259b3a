using System.Text.Json;

namespace KusamaNews.Web.Tests.Feeds;

/// <summary>
/// The feeds as a real feed reader's parser reads them: Python's feedparser (Debian's
/// python3-feedparser) reports bozo = 0, no error, for a well-formed, well-understood feed. Skipped
/// with the reason when feedparser is missing; CI installs it and makes that a failure.
/// </summary>
public sealed class FeedReaderTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    private const string Script = """
        import feedparser, json, sys
        out = []
        for path in sys.argv[1:]:
            d = feedparser.parse(path)
            out.append({"bozo": int(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
                        "ids": [e.id for e in d.entries], "links": [e.link for e in d.entries],
                        "content": [e.content[0].value for e in d.entries]})
        print(json.dumps(out))
        """;

    [SkippableFact]
    public async Task FeedparserReadsEveryFeedWithoutErrors()
    {
        var python = TestTools.Feedparser();
        var client = factory.CreateClient();
        var folder = Directory.CreateTempSubdirectory("kusamanews-feeds").FullName;
        try
        {
            var urls = new[] { "/feed.xml", "/topics/governance/feed.xml", "/topics/opengov/feed.xml" };
            var files = new List<string>();
            foreach (var (url, i) in urls.Select((u, i) => (u, i)))
            {
                var path = Path.Combine(folder, $"feed-{i}.xml");
                await File.WriteAllBytesAsync(path, await client.GetByteArrayAsync(url));
                files.Add(path);
            }

            var (exitCode, output, errors) = await TestTools.RunAsync(python, ["-c", Script, .. files]);
            Assert.True(exitCode == 0, errors);
            var results = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();

            foreach (var (result, url) in results.Zip(urls))
            {
                Assert.True(result.GetProperty("bozo").GetInt32() == 0, $"{url}: {result.GetProperty("error").GetString()}");
                Assert.Equal("atom10", result.GetProperty("version").GetString());
                Assert.NotEqual(0, result.GetProperty("ids").GetArrayLength());
                Assert.All(result.GetProperty("links").EnumerateArray(), link => Assert.StartsWith("http://localhost/issues/", link.GetString(), StringComparison.Ordinal));
                Assert.All(result.GetProperty("content").EnumerateArray(), html => Assert.Contains("<p>", html.GetString(), StringComparison.Ordinal));
            }
            Assert.Equal(2, results[0].GetProperty("ids").GetArrayLength());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
