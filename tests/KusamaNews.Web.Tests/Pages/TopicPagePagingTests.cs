using System.Globalization;

namespace KusamaNews.Web.Tests.Pages;

/// <summary>A topic's timeline on an archive of its own, large enough to page.</summary>
public sealed class TopicPagePagingTests
{
    [Fact]
    public async Task IsPaginatedAtTwentyOnALargerArchive()
    {
        var files = Enumerable.Range(0, 45)
            .Select(i => new DateOnly(2000, 1, 1).AddMonths(i))
            .Select(d => ($"{d:yyyy-MM}.md", $"# Kusama News - {d.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}\n\n# Issue {d:yyyy-MM}\n\n## Lead\n\nText.\n\n## Governance Update\n\nThe council met.\n"))
            .Append(("topics.yml", File.ReadAllText(Path.Combine(TestContent.Folder, "topics.yml"))))
            .ToArray();
        using var archive = KusamaNewsFactory.WithContent(files);
        var client = archive.CreateClient();

        var first = await client.GetDocumentAsync("/topics/governance");
        var third = await client.GetDocumentAsync("/topics/governance?page=3");

        Assert.Equal(20, first.QuerySelectorAll(".timeline__item").Length);
        Assert.Equal("2003-09", first.QuerySelector(".timeline__item time")!.GetAttribute("datetime"));
        Assert.Equal(["/topics/governance?page=2"], first.Hrefs(".pager a[rel=next]"));
        Assert.Equal(5, third.QuerySelectorAll(".timeline__item").Length);
        Assert.Equal("2000-01", third.QuerySelectorAll(".timeline__item time")[^1].GetAttribute("datetime"));
        Assert.Equal("Page 3 of 3", third.QuerySelectorAll(".meta")[^1].Text());
    }
}
