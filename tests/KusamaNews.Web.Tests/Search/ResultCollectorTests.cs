using KusamaNews.Ingestion.Domain;
using KusamaNews.Web.Features.Search;

namespace KusamaNews.Web.Tests.Search;

public sealed class ResultCollectorTests
{
    private static long Doc(int year, int month, int ordinal) => ((year * 100L) + month) * 1_000_000_000 + ordinal;

    private static ResultCollector Collect(SearchSort sort, int wanted, params (long DocId, double Score)[] rows)
    {
        var collector = new ResultCollector(sort, wanted);
        foreach (var (docId, score) in rows.OrderBy(r => r.DocId))
            collector.Add(docId, score);
        return collector;
    }

    [Fact]
    public void RanksIssuesByTheirBestSectionAndBreaksTiesWithTheNewerIssue()
    {
        var collector = Collect(SearchSort.Relevance, 10,
            (Doc(2019, 11, 1), 1.0), (Doc(2019, 11, 2), 5.0),
            (Doc(2020, 1, 1), 5.0),
            (Doc(2024, 6, 3), 2.0));

        var issues = collector.Complete();

        Assert.Equal([202001L, 201911L, 202406L], issues.Select(i => i.IssueKey));
        Assert.Equal((4, 3), (collector.Sections, collector.Issues));
    }

    [Fact]
    public void KeepsThreeSectionsAnIssueBestFirstAndCountsAll()
    {
        var collector = Collect(SearchSort.Relevance, 10,
            (Doc(2024, 6, 1), 1.0), (Doc(2024, 6, 2), 4.0), (Doc(2024, 6, 3), 2.0), (Doc(2024, 6, 4), 3.0), (Doc(2024, 6, 5), 4.0));

        var issue = Assert.Single(collector.Complete());

        Assert.Equal(5, issue.MatchingSections);
        Assert.Equal([2, 5, 4], issue.Sections.Select(s => SectionId.Ordinal(s.DocId)));
    }

    [Fact]
    public void KeepsOnlyTheIssuesUpToThePageAskedFor()
    {
        var rows = Enumerable.Range(1, 12).Select(month => (Doc(2020, month, 1), (double)month)).ToArray();

        Assert.Equal([202012L, 202011L, 202010L], Collect(SearchSort.Relevance, 3, rows).Complete().Select(i => i.IssueKey));
        Assert.Equal([202012L, 202011L, 202010L], Collect(SearchSort.Newest, 3, rows).Complete().Select(i => i.IssueKey));
        Assert.Equal([202001L, 202002L, 202003L], Collect(SearchSort.Oldest, 3, rows).Complete().Select(i => i.IssueKey));
        Assert.Equal(12, Collect(SearchSort.Oldest, 3, rows).Issues);
    }

    [Fact]
    public void RefusesRowsOutOfOrder()
    {
        var collector = new ResultCollector(SearchSort.Relevance, 10);
        collector.Add(Doc(2024, 6, 2), 1);

        Assert.Throws<InvalidOperationException>(() => collector.Add(Doc(2024, 6, 1), 1));
    }
}
