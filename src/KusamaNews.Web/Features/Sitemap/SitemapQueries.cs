using Dapper;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Web.Features.Sitemap;

public sealed class SitemapQueries(ArchiveDatabase database)
{
    // Every section with its issue's month (which also gives every issue), then every topic with
    // the month of its newest section: two statements over the whole archive, one round trip.
    private const string SelectSitemapSql = """
        SELECT i.Year, i.Month, s.Slug
        FROM Sections s JOIN Issues i ON i.Id = s.IssueId
        ORDER BY i.Year DESC, i.Month DESC, s.Ordinal;

        SELECT t.Slug, (SELECT MAX(st.MonthKey) FROM SectionTopics st WHERE st.TopicSlug = t.Slug) AS NewestMonthKey
        FROM Topics t
        ORDER BY t.Ordinal;
        """;

    public async Task<SitemapContent> GetAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(new CommandDefinition(SelectSitemapSql, cancellationToken: cancellationToken));
        var sections = (await results.ReadAsync<SectionRow>()).Select(row => (new IssueMonth(row.Year, row.Month), row.Slug)).ToList();
        var topics = (await results.ReadAsync<TopicRow>())
            .Select(row => (row.Slug, row.NewestMonthKey is { } key ? IssueMonth.FromMonthKey(key) : (IssueMonth?)null))
            .ToList();
        return new SitemapContent(sections, topics);
    }

    private sealed class SectionRow
    {
        public int Year { get; init; }
        public int Month { get; init; }
        public string Slug { get; init; } = "";
    }

    private sealed class TopicRow
    {
        public string Slug { get; init; } = "";
        public long? NewestMonthKey { get; init; }
    }
}

/// <summary>The archive's sections newest first (with their issue's month), and each topic with the month of its newest section.</summary>
public sealed record SitemapContent(IReadOnlyList<(IssueMonth Month, string Slug)> Sections, IReadOnlyList<(string Slug, IssueMonth? Newest)> Topics);
