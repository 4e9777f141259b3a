using Dapper;
using KusamaNews.Ingestion;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Web.Pages.Issues;

/// <summary>Reads issues for the pages, over a read-only connection.</summary>
public sealed class IssueQueries(ArchiveDatabase database)
{
    private const string ListIssuesSql = """
        SELECT i.Year, i.Month, i.Headline, s.Heading AS LeadHeading, s.Html AS LeadHtml
        FROM Issues i
        JOIN Sections s ON s.IssueId = i.Id AND s.Ordinal = 1
        ORDER BY i.Year DESC, i.Month DESC
        """;

    public async Task<IReadOnlyList<IssueSummary>> ListIssuesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        var rows = await connection.QueryAsync<IssueSummary>(new CommandDefinition(ListIssuesSql, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    private const string SelectIssueSql = """
        SELECT Id, Year, Month, Headline, WordCount
        FROM Issues
        WHERE Year = @Year AND Month = @Month;

        SELECT s.Ordinal, s.Heading, s.Slug, s.Html, s.WordCount
        FROM Sections s
        JOIN Issues i ON i.Id = s.IssueId
        WHERE i.Year = @Year AND i.Month = @Month
        ORDER BY s.Ordinal;
        """;

    public async Task<IssueDetails?> GetIssueAsync(IssueMonth month, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(SelectIssueSql, new { month.Year, month.Month }, cancellationToken: cancellationToken));
        var issue = await results.ReadSingleOrDefaultAsync<IssueDetails>();
        if (issue is null)
            return null;
        return issue with { Sections = (await results.ReadAsync<SectionView>()).AsList() };
    }
}

public sealed record IssueSummary
{
    public int Year { get; init; }
    public int Month { get; init; }
    public required string Headline { get; init; }
    public required string LeadHeading { get; init; }
    public required string LeadHtml { get; init; }

    public IssueMonth IssueMonth => new(Year, Month);
}

public sealed record IssueDetails
{
    public long Id { get; init; }
    public int Year { get; init; }
    public int Month { get; init; }
    public required string Headline { get; init; }
    public int WordCount { get; init; }
    public IReadOnlyList<SectionView> Sections { get; init; } = [];

    public IssueMonth IssueMonth => new(Year, Month);
}

public sealed record SectionView
{
    public int Ordinal { get; init; }
    public required string Heading { get; init; }
    public required string Slug { get; init; }
    public required string Html { get; init; }
    public int WordCount { get; init; }
}
