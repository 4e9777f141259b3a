using System.Text.Json;
using Dapper;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.HotPaths;
using KusamaNews.Ingestion.Topics;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Storage;

/// <summary>The taxonomy and the section tags, inside the transaction of an ingestion run.</summary>
internal sealed class TaxonomyWriter(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    private PreparedStatement? insertTag;

    private sealed record TopicRow(string Slug, string Name, string Description, long Ordinal, string? Parent, string Terms);

    private const string SelectTopicsSql = "SELECT Slug, Name, Description, Ordinal, Parent, Terms FROM Topics ORDER BY Ordinal";

    /// <summary>The taxonomy in force, as the last good topics.yml left it.</summary>
    public Taxonomy Load(string? hash)
    {
        var topics = connection.Query<TopicRow>(SelectTopicsSql, transaction: transaction)
            .Select(row => new Topic(row.Slug, row.Name, row.Description, row.Parent,
                row.Terms.Split('\n', StringSplitOptions.RemoveEmptyEntries), (int)row.Ordinal))
            .ToList();
        return topics.Count == 0 ? Taxonomy.Empty : new Taxonomy(topics, hash ?? "");
    }

    private const string InsertTopicSql = """
        INSERT INTO Topics (Slug, Name, Description, Ordinal, Parent, Terms)
        VALUES (@Slug, @Name, @Description, @Ordinal, @Parent, @Terms)
        """;

    /// <summary>Puts a new taxonomy in force; every tag goes with the old one.</summary>
    public void Replace(Taxonomy taxonomy)
    {
        connection.Execute("DELETE FROM SectionTopics; DELETE FROM TopicYears; DELETE FROM Topics;", transaction: transaction);
        connection.Execute(InsertTopicSql, taxonomy.Topics.Select(topic => new
        {
            topic.Slug,
            topic.Name,
            topic.Description,
            topic.Ordinal,
            topic.Parent,
            Terms = string.Join('\n', topic.Terms),
        }), transaction);
    }

    private const string InsertTagSql = """
        INSERT INTO SectionTopics (SectionId, TopicSlug, IsPrimary, Rank, MonthKey)
        VALUES (@SectionId, @Slug, @IsPrimary, @Rank, @MonthKey)
        """;

    /// <summary>Stores the tags of a freshly stored issue's sections (tags[i] for sectionIds[i]).</summary>
    public void TagIssue(IReadOnlyList<long> sectionIds, IssueMonth month, IReadOnlyList<IReadOnlyList<SectionTag>> tags)
    {
        for (var i = 0; i < sectionIds.Count; i++)
        {
            foreach (var tag in tags[i])
                InsertTag(sectionIds[i], tag, month);
        }
    }

    private void InsertTag(long sectionId, SectionTag tag, IssueMonth month)
    {
        insertTag ??= new(connection, InsertTagSql, "@SectionId", "@Slug", "@IsPrimary", "@Rank", "@MonthKey");
        insertTag.Execute(sectionId, tag.Slug, tag.IsPrimary, tag.Rank, month.MonthKey);
    }

    private sealed record SectionText(long Id, long IssueId, string Heading, string PlainText, string FrontMatterTags, long Year, long Month);

    private const string SelectIssueIdsSql = "SELECT Id FROM Issues ORDER BY Id";

    private const string SelectSectionsOfIssuesSql = """
        SELECT s.Id, s.IssueId, s.Heading, s.PlainText, i.FrontMatterTags, i.Year, i.Month
        FROM Issues i JOIN Sections s ON s.IssueId = i.Id
        WHERE i.Id IN (SELECT value FROM json_each(@IssueIds))
        ORDER BY s.Id
        """;

    // Issues read, tagged and written at a time: the whole archive's text never sits in memory.
    internal const int RetagBatch = 256;

    /// <summary>After <see cref="Replace"/>, tags every stored section but those of the issues this run stored (and tagged) already.</summary>
    public void TagAllBut(Taxonomy taxonomy, IReadOnlySet<long> taggedIssues)
    {
        var issues = connection.Query<long>(SelectIssueIdsSql, transaction: transaction).Where(id => !taggedIssues.Contains(id)).ToList();
        foreach (var batch in issues.Chunk(RetagBatch))
        {
            var sections = connection.Query<SectionText>(SelectSectionsOfIssuesSql,
                new { IssueIds = JsonSerializer.Serialize(batch) }, transaction).ToList();
            var tagged = sections
                .AsParallel()
                .AsOrdered()
                .Select(section => (section, SectionTagger.Tag(taxonomy, section.Heading, section.PlainText,
                    section.FrontMatterTags.Split(' ', StringSplitOptions.RemoveEmptyEntries))))
                .ToList();
            foreach (var (section, tags) in tagged)
            {
                var month = new IssueMonth((int)section.Year, (int)section.Month);
                foreach (var tag in tags)
                    InsertTag(section.Id, tag, month);
            }
        }
    }

    // MonthKey / 100: the year of a month key (IssueMonth.MonthKey).
    private const string RecountAllYearsSql = """
        DELETE FROM TopicYears;
        INSERT INTO TopicYears (TopicSlug, Year, Sections, Issues)
        SELECT TopicSlug, MonthKey / 100, COUNT(*), COUNT(DISTINCT MonthKey) FROM SectionTopics GROUP BY TopicSlug, MonthKey / 100;
        """;

    // Each topic's months of the year, a range of SectionTopics, stored by (TopicSlug, MonthKey) (Schema.sql).
    private const string RecountYearSql = """
        DELETE FROM TopicYears WHERE Year = @Year;
        INSERT INTO TopicYears (TopicSlug, Year, Sections, Issues)
        SELECT t.Slug, @Year, COUNT(*), COUNT(DISTINCT st.MonthKey)
        FROM Topics t JOIN SectionTopics st ON st.TopicSlug = t.Slug AND st.MonthKey BETWEEN @January AND @December
        GROUP BY t.Slug;
        """;

    private const string SumYearsSql = """
        UPDATE Topics SET
            SectionCount = (SELECT COALESCE(SUM(Sections), 0) FROM TopicYears WHERE TopicSlug = Topics.Slug),
            IssueCount = (SELECT COALESCE(SUM(Issues), 0) FROM TopicYears WHERE TopicSlug = Topics.Slug);
        """;

    // Past this many changed years, one pass over every tag is quicker than a pass a year.
    private const int MaxYearsRecountedOneByOne = 32;

    /// <summary>
    /// Counts each topic's sections and issues per year, for the years whose issues changed (every
    /// year when <paramref name="changedYears"/> is null), then in all, for the pages that list topics.
    /// </summary>
    public void UpdateCounts(IReadOnlyCollection<int>? changedYears)
    {
        if (changedYears is null || changedYears.Count > MaxYearsRecountedOneByOne)
            connection.Execute(RecountAllYearsSql, transaction: transaction);
        else
            connection.Execute(RecountYearSql, changedYears.Select(year => new
            {
                Year = year,
                January = new IssueMonth(year, 1).MonthKey,
                December = new IssueMonth(year, 12).MonthKey,
            }), transaction);
        connection.Execute(SumYearsSql, transaction: transaction);
    }

    public void Dispose() => insertTag?.Dispose();
}
