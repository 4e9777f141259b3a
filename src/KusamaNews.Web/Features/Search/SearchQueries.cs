using System.Diagnostics;
using Dapper;
using KusamaNews.Ingestion.Storage;
using KusamaNews.Web.Operations.Metrics;
using KusamaNews.Web.Features.Search.Ranking;

namespace KusamaNews.Web.Features.Search;

/// <summary>
/// Runs a search in one read transaction: rank every matching section once (search_rank feeds a
/// <see cref="ResultCollector"/>, which keeps the totals and the page's issues), then fetch the
/// shown sections with their snippets. Only a search that finds nothing does more: the
/// any-of-the-terms fallback, spelling suggestions and topics named like the query. Each search
/// is measured (its duration, and whether it found nothing) unless no metrics are given (the benchmarks).
/// The statements themselves are <see cref="SearchRun"/>'s.
/// </summary>
public sealed class SearchQueries(ArchiveDatabase database, SearchRanker ranker, SpellingSuggestions spelling, SiteMetrics? metrics = null)
{
    private const string SelectStateSql = """
        SELECT Version FROM ArchiveState WHERE Id = 1;
        SELECT Slug, Name FROM Topics ORDER BY Ordinal;
        """;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var results = await RunAsync(request, cancellationToken);
        if (request.Query.Match is not null) // an empty query shows the form; nothing was searched
            metrics?.SearchCompleted(Stopwatch.GetElapsedTime(started), noSectionHadEveryWord: results.TotalSections == 0 || results.MatchedAnyTerm);
        return results;
    }

    private async Task<SearchResults> RunAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        // One snapshot for every statement: an ingestion committing meanwhile changes nothing here.
        // Deferred: a plain BEGIN, which reads; the default, BEGIN IMMEDIATE, would take the write lock.
        await using var transaction = connection.BeginTransaction(deferred: true);
        using var state = await connection.QueryMultipleAsync(new CommandDefinition(SelectStateSql, transaction: transaction, cancellationToken: cancellationToken));
        var version = await state.ReadSingleAsync<long>();
        var topics = (await state.ReadAsync<TopicLink>()).AsList();

        var results = new SearchResults { Request = request, Topics = topics };
        if (request.Query.Match is not { } match)
            return results;

        var search = new SearchRun(connection, transaction, ranker, spelling, request, version);
        var (collector, issues) = search.Rank(match);
        var matchedAny = false;
        if (collector.Sections == 0 && request.Query.AnyMatch is { } anyMatch)
        {
            (collector, issues) = search.Rank(anyMatch);
            matchedAny = collector.Sections > 0;
            match = anyMatch;
        }

        var shown = issues.Skip((request.Page - 1) * SearchRequest.IssuesPerPage).ToList();
        results = results with
        {
            TotalSections = collector.Sections,
            TotalIssues = collector.Issues,
            MatchedAnyTerm = matchedAny,
            Issues = await search.DetailsAsync(match, shown, cancellationToken),
        };
        if (collector.Sections > 0 && !matchedAny)
            return results;

        return results with
        {
            Suggestion = search.Suggest(),
            MatchingTopics = TopicNames.Matching(topics, request.Query),
        };
    }
}
