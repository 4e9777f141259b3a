using Dapper;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Web.Features.Sections;

public sealed class SectionQueries(ArchiveDatabase database)
{
    public const int RelatedCount = 5;

    // Two simple statements, one after the other: cheap to prepare, which is most of their cost
    // (Microsoft.Data.Sqlite prepares each command afresh). First every section of the issue with
    // its tags, the issue's headline, and the HTML of the requested one only.
    private const string SelectSectionsSql = $"""
        SELECT i.Headline, s.Ordinal, s.Heading, s.Slug, s.WordCount, CASE WHEN s.Slug = @Slug THEN s.Html END AS Html, {TopicTag.Sql} AS TagData
        FROM Sections s
        JOIN Issues i ON i.Id = s.IssueId
        WHERE i.Year = @Year AND i.Month = @Month
        ORDER BY s.Ordinal
        """;

    // Then the sections on the same beat nearest before and after this month, read from the topic's
    // tags in the order they are stored, by month, past those that are not primary (Schema.sql):
    // the nearest of them are also the beat in the previous and next issue.
    private const string SelectNearbyOnBeatSql = """
        SELECT * FROM (
            SELECT i.Year, i.Month, i.Headline, s.Slug, s.Heading
            FROM SectionTopics st JOIN Sections s ON s.Id = st.SectionId JOIN Issues i ON i.Id = s.IssueId
            WHERE st.TopicSlug = @Beat AND st.IsPrimary = 1 AND st.MonthKey < @MonthKey
            ORDER BY st.MonthKey DESC LIMIT @Related)
        UNION ALL
        SELECT * FROM (
            SELECT i.Year, i.Month, i.Headline, s.Slug, s.Heading
            FROM SectionTopics st JOIN Sections s ON s.Id = st.SectionId JOIN Issues i ON i.Id = s.IssueId
            WHERE st.TopicSlug = @Beat AND st.IsPrimary = 1 AND st.MonthKey > @MonthKey
            ORDER BY st.MonthKey LIMIT @Related)
        """;

    public async Task<SectionPage?> GetSectionAsync(IssueMonth month, string slug, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        var sections = (await connection.QueryAsync<SectionRow>(new CommandDefinition(
            SelectSectionsSql, new { month.Year, month.Month, Slug = slug }, cancellationToken: cancellationToken))).AsList();
        var index = sections.FindIndex(section => section.Slug == slug);
        if (index < 0)
            return null;

        var issue = new IssueLink { Year = month.Year, Month = month.Month, Headline = sections[0].Headline };
        var page = new SectionPage(issue, sections, index);
        if (page.Current.Beat is not { } beat)
            return page;

        var nearby = (await connection.QueryAsync<NearbyRow>(new CommandDefinition(SelectNearbyOnBeatSql,
            new { Beat = beat.Slug, month.MonthKey, Related = RelatedCount },
            cancellationToken: cancellationToken))).Select(row => row.ToSectionLink(month)).ToList();
        return page with
        {
            Related = [.. nearby.OrderBy(link => Math.Abs(link.Distance)).ThenBy(link => link.Distance).Take(RelatedCount)],
            PreviousOnBeat = nearby.Where(link => link.Distance < 0).MaxBy(link => link.Distance),
            NextOnBeat = nearby.Where(link => link.Distance > 0).MinBy(link => link.Distance),
        };
    }

    /// <summary>A section of the issue, with the issue's headline on every row.</summary>
    private sealed record SectionRow : SectionView
    {
        public required string Headline { get; init; }
    }

    private sealed class NearbyRow
    {
        public int Year { get; init; }
        public int Month { get; init; }
        public string Headline { get; init; } = "";
        public string? Slug { get; init; }
        public string? Heading { get; init; }

        public SectionLink ToSectionLink(IssueMonth shown)
        {
            var month = new IssueMonth(Year, Month);
            return new(month, Headline, Slug!, Heading!, month.MonthsAfter(shown));
        }
    }
}

/// <summary>A section of another issue, and how many months away from the one shown.</summary>
public sealed record SectionLink(IssueMonth Month, string Headline, string Slug, string Heading, int Distance)
{
    public string Path => SitePaths.Section(Month, Slug);
}

/// <summary>One section with its issue, the issue's other sections around it, and the same beat elsewhere.</summary>
public sealed record SectionPage(IssueLink Issue, IReadOnlyList<SectionView> Sections, int Index)
{
    public SectionView Current => Sections[Index];
    public SectionView? Previous => Index > 0 ? Sections[Index - 1] : null;
    public SectionView? Next => Index + 1 < Sections.Count ? Sections[Index + 1] : null;
    public string Path => SitePaths.Section(Issue.IssueMonth, Current.Slug);

    /// <summary>Up to five sections of other months on this section's beat, nearest in time first.</summary>
    public IReadOnlyList<SectionLink> Related { get; init; } = [];

    public SectionLink? PreviousOnBeat { get; init; }
    public SectionLink? NextOnBeat { get; init; }
}
