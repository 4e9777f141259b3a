namespace KusamaNews.Ingestion.Storage;

/// <summary>
/// Writes SearchIndex a row at a time, in rowid order. FTS5 gathers the terms of the rows it is
/// given in memory and writes them out as a segment of the index when they pass its hash size
/// (16 MB, migration 0009), at the end of the transaction, at any statement savepoint, and also
/// whenever a rowid comes lower than the one before: out of order, every row would be a segment.
/// So removals are held back until a row at or above them is added, and go in order too.
/// </summary>
internal sealed class SearchIndexWriter(Microsoft.Data.Sqlite.SqliteConnection connection) : IDisposable
{
    private const string InsertSql = "INSERT INTO SearchIndex (rowid, Heading, Body, Headline) VALUES (@Id, @Heading, @Body, @Headline)";

    private const string DeleteSql = "DELETE FROM SearchIndex WHERE rowid = @Id";

    private PreparedStatement? insert, delete;
    private readonly PriorityQueue<long, long> removals = new();

    /// <summary>Rows to remove, before any row of an equal or higher id is added.</summary>
    public void Remove(IEnumerable<long> ids)
    {
        foreach (var id in ids)
            removals.Enqueue(id, id);
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
        while (removals.TryPeek(out var next, out _) && next <= id)
        {
            delete ??= new(connection, DeleteSql, "@Id");
            delete.Execute(removals.Dequeue());
        }
    }

    public void Dispose()
    {
        insert?.Dispose();
        delete?.Dispose();
    }
}
