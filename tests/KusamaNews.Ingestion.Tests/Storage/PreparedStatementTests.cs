using Dapper;
using KusamaNews.Ingestion.HotPaths;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>Values bound through SQLite's C API, text through one reused UTF-8 buffer, are stored and read back as they were.</summary>
public sealed class PreparedStatementTests
{
    [Fact]
    public void TextOfEveryKindAndLengthComesBackAsItWasBoundOneAfterAnother()
    {
        string[] texts =
        [
            "", "plain", "Kusamá – ñews ’quoted’ 😀", new string('x', 4095), string.Concat(Enumerable.Repeat("é😀", 3000)), "short after long", "",
        ];
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("CREATE TABLE T (Id INTEGER PRIMARY KEY, Text TEXT NOT NULL, Number INTEGER, Flag INTEGER)");

        using (var insert = new PreparedStatement(connection, "INSERT INTO T (Id, Text, Number, Flag) VALUES (@Id, @Text, @Number, @Flag)", "@Id", "@Text", "@Number", "@Flag"))
        {
            for (var i = 0; i < texts.Length; i++)
                insert.Execute(i, texts[i], i % 2 == 0 ? null : (long)i << 40, i % 3 == 0);
        }

        Assert.Equal(texts, connection.Query<string>("SELECT Text FROM T ORDER BY Id"));
        // No byte of an earlier, longer value left behind, no terminating NUL stored.
        Assert.Equal(texts.Select(text => (long)System.Text.Encoding.UTF8.GetByteCount(text)), connection.Query<long>("SELECT length(CAST(Text AS BLOB)) FROM T ORDER BY Id"));
        Assert.Equal([null, 1L << 40, null, 3L << 40, null, 5L << 40, null], connection.Query<long?>("SELECT Number FROM T ORDER BY Id"));
        Assert.Equal([1L, 0, 0, 1, 0, 0, 1], connection.Query<long>("SELECT Flag FROM T ORDER BY Id"));

        // Read back row by row through the same API, twice: the statement is ready again after its last row.
        using var query = new PreparedStatement(connection, "SELECT Id, Text, Number FROM T ORDER BY Id");
        for (var run = 0; run < 2; run++)
        {
            var read = new List<(long, string, long)>();
            while (query.NextRow())
                read.Add((query.Int64(0), query.Text(1), query.Int64(2)));
            Assert.Equal(texts.Select((text, i) => ((long)i, text, i % 2 == 0 ? 0L : (long)i << 40)), read);
        }
    }
}
