using Dapper;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Web.Features.Issues;

/// <summary>Reads issues for the issue, year and archive pages, over read-only connections.</summary>
public sealed class IssueQueries(ArchiveDatabase database)
{
    // The issue and its neighbours come back as rows of one statement (Position -1, 0, 1); its
    // sections as a second: one round trip, two statements, whatever the archive's size.
    private const string SelectIssueSql = $"""
        SELECT Year, Month, Headline, WordCount, 0 AS Position
        FROM Issues WHERE Year = @Year AND Month = @Month
        UNION ALL
        SELECT * FROM (SELECT Year, Month, Headline, WordCount, -1 FROM Issues
                       WHERE (Year, Month) < (@Year, @Month) ORDER BY Year DESC, Month DESC LIMIT 1)
        UNION ALL
        SELECT * FROM (SELECT Year, Month, Headline, WordCount, 1 FROM Issues
                       WHERE (Year, Month) > (@Year, @Month) ORDER BY Year, Month LIMIT 1);

        SELECT s.Ordinal, s.Heading, s.Slug, s.Html, s.WordCount, {TopicTag.Sql} AS TagData
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
        var rows = (await results.ReadAsync<IssueRow>()).AsList();
        var issue = rows.Find(row => row.Position == 0);
        if (issue is null)
            return null;
        return new IssueDetails
        {
            Month = issue.IssueMonth,
            Headline = issue.Headline,
            WordCount = (int)issue.WordCount,
            Previous = rows.Find(row => row.Position < 0)?.ToLink(),
            Next = rows.Find(row => row.Position > 0)?.ToLink(),
            Sections = (await results.ReadAsync<SectionView>()).AsList(),
        };
    }

    private const string SelectYearsSql = "SELECT DISTINCT Year FROM Issues ORDER BY Year DESC";

    private const string SelectIssuesOfYearsSql = """
        SELECT Year, Month, Headline
        FROM Issues
        WHERE Year BETWEEN @Oldest AND @Newest
        ORDER BY Year DESC, Month DESC
        """;

    /// <summary>One page of the archive: <paramref name="yearsPerPage"/> years that have issues, newest first.</summary>
    public async Task<ArchivePage?> GetArchivePageAsync(int page, int yearsPerPage, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        var years = (await connection.QueryAsync<int>(new CommandDefinition(SelectYearsSql, cancellationToken: cancellationToken))).AsList();
        var pageCount = Math.Max(1, (years.Count + yearsPerPage - 1) / yearsPerPage);
        if (page < 1 || page > pageCount)
            return null;

        var shown = years.Skip((page - 1) * yearsPerPage).Take(yearsPerPage).ToList();
        var issues = shown.Count == 0
            ? []
            : (await connection.QueryAsync<IssueLink>(new CommandDefinition(
                SelectIssuesOfYearsSql, new { Oldest = shown[^1], Newest = shown[0] }, cancellationToken: cancellationToken))).AsList();
        return new ArchivePage(page, pageCount, shown, issues);
    }

    private const string SelectYearSql = """
        SELECT i.Year, i.Month, i.Headline, s.Heading AS LeadHeading
        FROM Issues i
        JOIN Sections s ON s.IssueId = i.Id AND s.Ordinal = 1
        WHERE i.Year = @Year
        ORDER BY i.Month DESC;

        SELECT (SELECT MAX(Year) FROM Issues WHERE Year < @Year) AS Previous,
               (SELECT MIN(Year) FROM Issues WHERE Year > @Year) AS Next;
        """;

    public async Task<YearPage?> GetYearAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(SelectYearSql, new { Year = year }, cancellationToken: cancellationToken));
        var issues = (await results.ReadAsync<IssueSummary>()).AsList();
        var (previous, next) = await results.ReadSingleAsync<(long?, long?)>();
        return issues.Count == 0 ? null : new YearPage(year, issues, (int?)previous, (int?)next);
    }

    private sealed record IssueRow(long Year, long Month, string Headline, long WordCount, long Position)
    {
        public IssueMonth IssueMonth => new((int)Year, (int)Month);

        public IssueLink ToLink() => new() { Year = (int)Year, Month = (int)Month, Headline = Headline };
    }
}
