using Dapper;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Web.Features.Topics;

/// <summary>A topic feed's read: the topic and its latest sections with their full HTML.</summary>
public sealed class TopicFeedQueries(ArchiveDatabase database)
{
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

    private sealed class TopicRow
    {
        public string Slug { get; init; } = "";
        public string Name { get; init; } = "";
        public string Description { get; init; } = "";
    }
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
