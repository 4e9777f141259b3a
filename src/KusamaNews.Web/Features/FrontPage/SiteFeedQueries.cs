using Dapper;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Web.Features.FrontPage;

/// <summary>The site feed's read: the latest issues with every section's full HTML.</summary>
public sealed class SiteFeedQueries(ArchiveDatabase database)
{
    // The latest issues, then all their sections in order: two statements, one round trip.
    private const string SelectLatestIssuesSql = """
        SELECT Id, Year, Month, Headline FROM Issues ORDER BY Year DESC, Month DESC LIMIT @Count;

        SELECT s.IssueId, s.Heading, s.Slug, s.Html, s.PlainText
        FROM Sections s
        WHERE s.IssueId IN (SELECT Id FROM Issues ORDER BY Year DESC, Month DESC LIMIT @Count)
        ORDER BY s.IssueId, s.Ordinal;
        """;

    public async Task<IReadOnlyList<FeedIssue>> ListLatestIssuesAsync(int count, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(SelectLatestIssuesSql, new { Count = count }, cancellationToken: cancellationToken));
        var issues = (await results.ReadAsync<IssueRow>()).AsList();
        var sections = (await results.ReadAsync<FeedSection>()).ToLookup(s => s.IssueId);
        return [.. issues.Select(i => new FeedIssue(new IssueMonth(i.Year, i.Month), i.Headline, [.. sections[i.Id]]))];
    }

    private sealed class IssueRow
    {
        public long Id { get; init; }
        public int Year { get; init; }
        public int Month { get; init; }
        public string Headline { get; init; } = "";
    }
}

public sealed record FeedIssue(IssueMonth Month, string Headline, IReadOnlyList<FeedSection> Sections);

public sealed record FeedSection
{
    public long IssueId { get; init; }
    public required string Heading { get; init; }
    public required string Slug { get; init; }
    public required string Html { get; init; }
    public required string PlainText { get; init; }
}
