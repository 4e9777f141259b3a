using Dapper;
using KusamaNews.Ingestion;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Web.Feeds;

/// <summary>Reads the feeds' entries with their full HTML, over read-only connections.</summary>
public sealed class FeedQueries(ArchiveDatabase database)
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

    // A topic's sections newest first, read in the order the tags are stored (Schema.sql), like the topic page.
    private const string SelectTopicSql = """
        SELECT Slug, Name, Description FROM Topics WHERE Slug = @Slug;

        SELECT i.Year, i.Month, i.Headline AS IssueHeadline, s.Heading, s.Slug, s.Html, s.PlainText
        FROM SectionTopics st
        JOIN Sections s ON s.Id = st.SectionId
        JOIN Issues i ON i.Id = s.IssueId
        WHERE st.TopicSlug = @Slug
        ORDER BY st.MonthKey DESC, st.IsPrimary DESC, st.SectionId
        LIMIT @Count;
        """;

    public async Task<FeedTopic?> GetTopicAsync(string slug, int count, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(
            new CommandDefinition(SelectTopicSql, new { Slug = slug, Count = count }, cancellationToken: cancellationToken));
        var topic = await results.ReadSingleOrDefaultAsync<TopicRow>();
        if (topic is null)
            return null;
        var sections = (await results.ReadAsync<FeedTopicSection>()).AsList();
        return new FeedTopic(topic.Slug, topic.Name, topic.Description, sections);
    }

    private sealed class IssueRow
    {
        public long Id { get; init; }
        public int Year { get; init; }
        public int Month { get; init; }
        public string Headline { get; init; } = "";
    }

    private sealed class TopicRow
    {
        public string Slug { get; init; } = "";
        public string Name { get; init; } = "";
        public string Description { get; init; } = "";
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

public sealed record FeedTopic(string Slug, string Name, string Description, IReadOnlyList<FeedTopicSection> Sections);

public sealed record FeedTopicSection
{
    public int Year { get; init; }
    public int Month { get; init; }
    public required string IssueHeadline { get; init; }
    public required string Heading { get; init; }
    public required string Slug { get; init; }
    public required string Html { get; init; }
    public required string PlainText { get; init; }

    public IssueMonth IssueMonth => new(Year, Month);
}
