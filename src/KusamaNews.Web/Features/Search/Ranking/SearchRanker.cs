using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KusamaNews.Web.Features.Search.Ranking;

/// <summary>
/// Gives search its rank function on each connection (once per native connection: pooled
/// connections keep it) and the row lengths it reads, cached per archive version.
/// </summary>
public sealed partial class SearchRanker(IOptions<SearchOptions> options, ILogger<SearchRanker> logger)
{
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, RankingSession> sessions = new();
    private readonly PerVersion<DocumentLengths> lengths = new();
    private bool warned;

    /// <summary>The connection's rank function, or null to rank with FTS5's bm25() instead.</summary>
    internal RankingSession? Attach(SqliteConnection connection)
    {
        if (!options.Value.NativeRanking || connection.Handle is not { } handle)
            return null;
        if (sessions.TryGetValue(handle, out var session))
            return session;
        session = new RankingSession();
        if (!TryRegister(handle.DangerousGetHandle(), session))
        {
            if (!warned)
            {
                warned = true;
                NoFts5Api(logger);
            }
            return null;
        }
        sessions.AddOrUpdate(handle, session);
        return session;
    }

    // A native library without the entry points (another SQLite build) means bm25(), not a failed search.
    private static bool TryRegister(IntPtr db, RankingSession session)
    {
        try
        {
            return RankingSession.TryRegister(db, session);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Row lengths as of <paramref name="version"/>, read within the caller's snapshot when they are older.</summary>
    internal DocumentLengths Lengths(SqliteConnection connection, SqliteTransaction transaction, long version) =>
        lengths.Get(version, () => DocumentLengths.Load(connection, transaction));

    internal void RankFunctionFailed(string match, Exception failure) => RankFailed(logger, match, failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "search_rank failed on {Match}; ranked with bm25() instead")]
    private static partial void RankFailed(ILogger logger, string match, Exception failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite's FTS5 API is not reachable; search ranks with bm25(), which is slower on frequent words")]
    private static partial void NoFts5Api(ILogger logger);
}
