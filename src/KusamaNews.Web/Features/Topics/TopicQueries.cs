using Dapper;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Web.Features.Topics;

public sealed class TopicQueries(ArchiveDatabase database)
{
    private const string ListTopicsSql = """
        SELECT Slug, Name, Description, Parent, SectionCount, IssueCount
        FROM Topics
        ORDER BY SectionCount DESC, Ordinal
        """;

    /// <summary>Every topic with its counts (kept by ingestion), the most frequent first.</summary>
    public async Task<IReadOnlyList<TopicSummary>> ListTopicsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        return (await connection.QueryAsync<TopicSummary>(new CommandDefinition(ListTopicsSql, cancellationToken: cancellationToken))).AsList();
    }

    private const string SelectTopicSql = """
        SELECT Slug, Name, Description, Parent, SectionCount, IssueCount FROM Topics WHERE Slug = @Slug;

        SELECT Slug, Name, Description, Parent, SectionCount, IssueCount FROM Topics
        WHERE Parent = @Slug OR Slug = (SELECT Parent FROM Topics WHERE Slug = @Slug)
        ORDER BY Ordinal;

        SELECT Year, Sections FROM TopicYears WHERE TopicSlug = @Slug ORDER BY Year DESC;

        SELECT i.Year, i.Month, i.Headline, s.Heading, s.Slug, st.IsPrimary, substr(s.PlainText, 1, 400) AS Text
        FROM SectionTopics st
        JOIN Sections s ON s.Id = st.SectionId
        JOIN Issues i ON i.Id = s.IssueId
        WHERE st.TopicSlug = @Slug
        ORDER BY st.MonthKey DESC, st.IsPrimary DESC, st.SectionId
        LIMIT @PageSize OFFSET @Offset;
        """;

    /// <summary>A topic's timeline, one page of its sections newest first (primary tags first within a month).</summary>
    public async Task<TopicPage?> GetTopicAsync(string slug, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(new CommandDefinition(SelectTopicSql,
            new { Slug = slug, PageSize = pageSize, Offset = (long)(page - 1) * pageSize }, cancellationToken: cancellationToken));
        var topic = await results.ReadSingleOrDefaultAsync<TopicSummary>();
        if (topic is null)
            return null;
        var related = (await results.ReadAsync<TopicSummary>()).AsList();
        var years = (await results.ReadAsync<YearCount>()).AsList();
        var sections = (await results.ReadAsync<TopicSection>()).AsList();
        return new TopicPage(topic, related, years, sections, page, Math.Max(1, (topic.SectionCount + pageSize - 1) / pageSize));
    }
}

public sealed record YearCount
{
    public int Year { get; init; }
    public int Sections { get; init; }
}

/// <summary>A section on a topic's timeline.</summary>
public sealed record TopicSection
{
    public int Year { get; init; }
    public int Month { get; init; }
    public required string Headline { get; init; }
    public required string Heading { get; init; }
    public required string Slug { get; init; }
    public bool IsPrimary { get; init; }
    public required string Text { get; init; }

    public IssueMonth IssueMonth => new(Year, Month);
    public string Path => SitePaths.Section(IssueMonth, Slug);
    public string Excerpt => Site.Layout.Excerpt.Of(Text, 220);
}

public sealed record TopicPage(TopicSummary Topic, IReadOnlyList<TopicSummary> Related, IReadOnlyList<YearCount> Years, IReadOnlyList<TopicSection> Sections, int Page, int PageCount);
