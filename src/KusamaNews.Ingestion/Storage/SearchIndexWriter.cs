using KusamaNews.Ingestion.HotPaths;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Storage;

/// <summary>
/// Writes SearchIndex a row at a time, in rowid order. FTS5 gathers the terms of the rows it is
/// given in memory and writes them out as a segment of the index when they pass its hash size
/// (64 MB, set in Schema.sql), at the end of the transaction, at any statement savepoint, and also
/// whenever a rowid comes lower than the one before: out of order, every row would be a segment.
/// So removals are held back until a row at or above them is added, and go in order too. The
/// index keeps no text of its own (Schema.sql): a removal names the text that was indexed.
/// </summary>
internal sealed class SearchIndexWriter(SqliteConnection connection) : IDisposable
{
    public sealed record Row(long Id, string Heading, string Body, string Headline);

    private const string InsertSql = "INSERT INTO SearchIndex (rowid, Heading, Body, Headline) VALUES (@Id, @Heading, @Body, @Headline)";

    private const string DeleteSql = """
        INSERT INTO SearchIndex (SearchIndex, rowid, Heading, Body, Headline) VALUES ('delete', @Id, @Heading, @Body, @Headline)
        """;

    private PreparedStatement? insert, delete;
    private readonly PriorityQueue<Row, long> removals = new();

    /// <summary>Rows to remove, with the text they were indexed with, before any row of an equal or higher id is added.</summary>
    public void Remove(IEnumerable<Row> rows)
    {
        foreach (var row in rows)
            removals.Enqueue(row, row.Id);
    }

    public void Add(long id, string heading, string body, string headline)
    {
        RemoveUpTo(id);
        insert ??= new(connection, InsertSql, "@Id", "@Heading", "@Body", "@Headline");
        insert.Execute(id, heading, body, headline);
    }

    /// <summary>The removals still held back.</summary>
    public void Flush() => RemoveUpTo(long.MaxValue);

    private void RemoveUpTo(long id)
    {
        while (removals.TryPeek(out var next, out var nextId) && nextId <= id)
        {
            delete ??= new(connection, DeleteSql, "@Id", "@Heading", "@Body", "@Headline");
            delete.Execute(next.Id, next.Heading, next.Body, next.Headline);
            removals.Dequeue();
        }
    }

    public void Dispose()
    {
        insert?.Dispose();
        delete?.Dispose();
    }
}
