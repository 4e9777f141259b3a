using System.Globalization;
using Dapper;
using KusamaNews.Ingestion.Storage;

namespace KusamaNews.Ingestion.Hosting;

/// <summary>The archive a database holds, as the site serves it: its version, when it last changed and was last ingested, and its size.</summary>
public sealed record ArchiveSnapshot(long Version, DateTimeOffset? ChangedUtc, DateTimeOffset? LastIngestedUtc, int IssueCount)
{
    /// <summary>A database that was never ingested holds no archive yet, not an empty one.</summary>
    public bool HasArchive => LastIngestedUtc is not null;

    private const string SelectSnapshotSql = """
        SELECT Version, ChangedUtc, LastIngestedUtc, (SELECT COUNT(*) FROM Issues) AS IssueCount
        FROM ArchiveState WHERE Id = 1
        """;

    /// <summary>Reads the snapshot on a read-only connection; it fails when the store cannot be opened.</summary>
    public static async Task<ArchiveSnapshot> ReadAsync(ArchiveDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        return From(await connection.QuerySingleAsync<Row>(new CommandDefinition(SelectSnapshotSql, cancellationToken: cancellationToken)).ConfigureAwait(false));
    }

    /// <summary>The same, for the ingestion thread, which has nothing else to do meanwhile.</summary>
    public static ArchiveSnapshot Read(ArchiveDatabase database)
    {
        using var connection = database.OpenReader();
        return From(connection.QuerySingle<Row>(SelectSnapshotSql));
    }

    private static ArchiveSnapshot From(Row row) =>
        new(row.Version, Parse(row.ChangedUtc), Parse(row.LastIngestedUtc), (int)row.IssueCount);

    private static DateTimeOffset? Parse(string? iso) =>
        iso is null ? null : DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private sealed record Row(long Version, string? ChangedUtc, string? LastIngestedUtc, long IssueCount);
}
