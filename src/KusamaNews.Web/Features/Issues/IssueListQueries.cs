using Dapper;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Web.Features.Issues;

/// <summary>/api/issues' own read: every issue with its lead and size. One issue comes from the page's query.</summary>
public sealed class IssueListQueries(ArchiveDatabase database)
{
    private const string ListIssuesSql = """
        SELECT i.Year, i.Month, i.Headline, i.WordCount, s.Heading AS LeadHeading,
               (SELECT COUNT(*) FROM Sections c WHERE c.IssueId = i.Id) AS SectionCount
        FROM Issues i
        JOIN Sections s ON s.IssueId = i.Id AND s.Ordinal = 1
        ORDER BY i.Year DESC, i.Month DESC
        """;

    public async Task<IReadOnlyList<IssueListRow>> ListIssuesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        return (await connection.QueryAsync<IssueListRow>(new CommandDefinition(ListIssuesSql, cancellationToken: cancellationToken))).AsList();
    }
}

public sealed record IssueListRow
{
    public int Year { get; init; }
    public int Month { get; init; }
    public required string Headline { get; init; }
    public int WordCount { get; init; }
    public required string LeadHeading { get; init; }
    public int SectionCount { get; init; }
}
