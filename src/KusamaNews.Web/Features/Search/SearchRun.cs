using KusamaNews.Ingestion.Domain;
using Dapper;
using KusamaNews.Ingestion;
using KusamaNews.Web.Features.Search.Ranking;
using KusamaNews.Web.Site.Text;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Web.Features.Search;

/// <summary>One search's statements, on the caller's connection and snapshot: ranking, the shown sections, the suggestion.</summary>
internal sealed class SearchRun(SqliteConnection connection, SqliteTransaction transaction, SearchRanker ranker, SpellingSuggestions spelling, SearchRequest request, long version)
{
    // Heading, Body, Headline: a word in a section's heading counts eight times one in its text;
    // the issue's headline, shared by all its sections, three times.
    private const string Weights = "8.0, 1.0, 3.0";

    private const string Filters = """
        SearchIndex MATCH @Match
          AND SearchIndex.rowid BETWEEN @FirstDocId AND @LastDocId
          AND (@Topic IS NULL OR +SearchIndex.rowid IN (
                SELECT SectionId FROM SectionTopics WHERE TopicSlug = @Topic))
        """;

    // search_rank hands each row to the collector. FTS5 refuses its functions inside an aggregate;
    // ordering by the score makes SQLite compute it for every row, and LIMIT 1 keeps the sort tiny.
    private const string RankSql =
        "SELECT search_rank(SearchIndex, " + Weights + ") AS Score FROM SearchIndex WHERE " + Filters + " ORDER BY Score LIMIT 1";

    // The same ranking through FTS5's bm25(), row by row into the collector: the fallback.
    private const string RankWithBm25Sql =
        "SELECT SearchIndex.rowid AS DocId, -bm25(SearchIndex, " + Weights + ") AS Score FROM SearchIndex WHERE " + Filters
        + " ORDER BY SearchIndex.rowid";

    private const string SelectSectionsSql = """
        SELECT SearchIndex.rowid AS Rowid, s.Slug, SearchIndex.Heading, SearchIndex.Headline,
               highlight(SearchIndex, 0, char(2), char(3)) AS MarkedHeading,
               snippet(SearchIndex, 1, char(2), char(3), '…', 32) AS MarkedSnippet,
               highlight(SearchIndex, 1, char(2), char(3)) AS MarkedBody
        FROM SearchIndex
        JOIN Sections s ON s.Id = SearchIndex.rowid
        WHERE SearchIndex MATCH @Match AND SearchIndex.rowid IN @DocIds
        """;

    private const string AnyMatchSql = "SELECT EXISTS (SELECT 1 FROM SearchIndex WHERE " + Filters + ")";

    private object Parameters(string match) => new
    {
        Match = match,
        FirstDocId = SectionId.FirstOf(request.FromYear ?? 1),
        LastDocId = SectionId.LastOf(request.ToYear ?? 9999),
        request.Topic,
    };

    public (ResultCollector Collector, IReadOnlyList<CollectedIssue> Issues) Rank(string match)
    {
        var collector = new ResultCollector(request.Sort, request.Page * SearchRequest.IssuesPerPage);
        if (ranker.Attach(connection) is { } session)
        {
            session.Begin(collector, ranker.Lengths(connection, transaction, version));
            try
            {
                connection.ExecuteScalar<double?>(RankSql, Parameters(match), transaction);
                return (collector, collector.Complete());
            }
            catch (SqliteException) when (session.Failure is not null)
            {
                // Our function failed, not the query: rank this one with bm25() instead.
                ranker.RankFunctionFailed(match, session.Failure);
                collector = new ResultCollector(request.Sort, request.Page * SearchRequest.IssuesPerPage);
            }
            finally
            {
                session.End();
            }
        }
        foreach (var (docId, score) in connection.Query<(long DocId, double Score)>(RankWithBm25Sql, Parameters(match), transaction, buffered: false))
            collector.Add(docId, score);
        return (collector, collector.Complete());
    }

    public async Task<IReadOnlyList<IssueResult>> DetailsAsync(string match, List<CollectedIssue> issues, CancellationToken cancellationToken)
    {
        if (issues.Count == 0)
            return [];
        var docIds = issues.SelectMany(issue => issue.Sections.Select(section => section.DocId)).ToList();
        var rows = (await connection.QueryAsync<SectionRow>(new CommandDefinition(SelectSectionsSql,
            new { Match = match, DocIds = docIds }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(row => row.Rowid);

        return [.. issues.Select(issue =>
        {
            var sections = issue.Sections.Where(s => rows.ContainsKey(s.DocId)).Select(s => rows[s.DocId].ToResult(s.Score)).ToList();
            var month = SectionId.Month(issue.Sections[0].DocId);
            var headline = rows.TryGetValue(issue.Sections[0].DocId, out var first) ? first.Headline : "";
            return new IssueResult(month, headline, issue.MatchingSections, sections);
        })];
    }

    /// <summary>The query with one unknown word corrected, if the corrected query finds something.</summary>
    public string? Suggest()
    {
        foreach (var word in request.Query.Words)
        {
            if (Exists(ParsedQuery.Parse(word).Match))
                continue;
            if (spelling.Suggest(connection, transaction, version, word) is not { } correction)
                continue;
            var corrected = request.Query.Replace(word, correction);
            if (Exists(ParsedQuery.Parse(corrected).Match))
                return corrected;
        }
        return null;
    }

    private bool Exists(string? match) =>
        match is not null && connection.ExecuteScalar<bool>(AnyMatchSql, Parameters(match), transaction);

    private sealed record SectionRow(long Rowid, string Slug, string Heading, string Headline, string MarkedHeading, string MarkedSnippet, string MarkedBody)
    {
        public SectionResult ToResult(double score)
        {
            var month = SectionId.Month(Rowid);
            var words = MarkedText.MatchedWords(MarkedHeading).Concat(MarkedText.MatchedWords(MarkedBody))
                .Distinct(StringComparer.OrdinalIgnoreCase).Take(HighlightedHtml.MaxWords);
            var highlight = string.Join(' ', words);
            var url = SitePaths.Section(month, Slug) + (highlight.Length > 0 ? "?highlight=" + Uri.EscapeDataString(highlight) : "");
            return new SectionResult(month, Heading, MarkedText.ToHtml(MarkedHeading), MarkedText.ToHtml(MarkedSnippet), url, score);
        }
    }
}
