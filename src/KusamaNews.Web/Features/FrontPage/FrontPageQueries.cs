using Dapper;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Web.Features.FrontPage;

public sealed class FrontPageQueries(ArchiveDatabase database)
{
    // The latest issue, its sections (the lead with its HTML), and the issues before it. CROSS JOIN
    // keeps Issues the outer loop, read newest first down its (Year, Month) index and stopped at the
    // limit; left to itself the planner scanned every section and sorted them: 10 ms of a first
    // visit's 30 at 12,000 issues, against 0.2 ms (sqlite3 .timer, issue 18).
    private const string SelectFrontPageSql = """
        SELECT Year, Month, Headline, WordCount FROM Issues ORDER BY Year DESC, Month DESC LIMIT 1;

        SELECT s.Ordinal, s.Heading, s.Slug, s.WordCount, CASE WHEN s.Ordinal = 1 THEN s.Html END AS Html
        FROM Sections s
        WHERE s.IssueId = (SELECT Id FROM Issues ORDER BY Year DESC, Month DESC LIMIT 1)
        ORDER BY s.Ordinal;

        SELECT i.Year, i.Month, i.Headline, s.Heading AS LeadHeading
        FROM Issues i
        CROSS JOIN Sections s ON s.IssueId = i.Id AND s.Ordinal = 1
        ORDER BY i.Year DESC, i.Month DESC
        LIMIT @Recent OFFSET 1;

        SELECT Slug, Name, Description, Parent, SectionCount, IssueCount
        FROM Topics WHERE SectionCount > 0
        ORDER BY SectionCount DESC, Ordinal;
        """;

    public async Task<FrontPage> GetFrontPageAsync(int recent, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(SelectFrontPageSql, new { Recent = recent }, cancellationToken: cancellationToken));
        var latest = await results.ReadSingleOrDefaultAsync<LatestRow>();
        var sections = (await results.ReadAsync<SectionView>()).AsList();
        var recentIssues = (await results.ReadAsync<IssueSummary>()).AsList();
        var topics = (await results.ReadAsync<TopicSummary>()).AsList();
        if (latest is null || sections.Count == 0)
            return new FrontPage(null, [], []);
        var issue = new IssueDetails
        {
            Month = new((int)latest.Year, (int)latest.Month),
            Headline = latest.Headline,
            WordCount = (int)latest.WordCount,
            Sections = sections,
        };
        return new FrontPage(issue, recentIssues, topics);
    }

    private sealed record LatestRow(long Year, long Month, string Headline, long WordCount);
}

public sealed record FrontPage(IssueDetails? Latest, IReadOnlyList<IssueSummary> Recent, IReadOnlyList<TopicSummary> Topics);
