using Dapper;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Storage;

/// <summary>
/// The SQLite file that holds the archive: a cache rebuilt from <c>content/</c>. Writers (the
/// ingester) and readers (the site) open their own connections; WAL mode lets readers go on
/// reading the last committed archive while an ingestion writes the next one.
/// </summary>
public sealed class ArchiveDatabase
{
    private readonly string writerConnectionString;
    private readonly string readerConnectionString;
    private readonly SQLitePCL.strdelegate_trace? trace;

    static ArchiveDatabase() => SQLitePCL.Batteries_V2.Init();

    /// <param name="path">The database file.</param>
    /// <param name="traceStatement">Called with the text of each statement readers start, for diagnostics (and tests that count them).</param>
    public ArchiveDatabase(string path, Action<string>? traceStatement = null)
    {
        if (traceStatement is not null)
            trace = (_, sql) => traceStatement(sql);
        FilePath = System.IO.Path.GetFullPath(path);
        writerConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
        readerConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadOnly,
        }.ToString();
    }

    public string FilePath { get; }

    /// <summary>Creates the file and its folder if needed, switches to WAL and applies the schema migrations.</summary>
    public void EnsureCreated()
    {
        var folder = System.IO.Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);

        using var connection = OpenWriter();
        connection.Execute("PRAGMA journal_mode = WAL");
        Migrations.Apply(connection);
    }

    public SqliteConnection OpenWriter()
    {
        var connection = new SqliteConnection(writerConnectionString);
        connection.Open();
        // In WAL mode NORMAL loses no committed data on an application crash, only possibly the
        // last transaction on power loss, and the archive can always be rebuilt from content/.
        connection.Execute("PRAGMA synchronous = NORMAL");
        return connection;
    }

    /// <summary>A connection that cannot write, for everything that only reads.</summary>
    public SqliteConnection OpenReader()
    {
        var connection = new SqliteConnection(readerConnectionString);
        connection.Open();
        return Traced(connection);
    }

    public async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(readerConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return Traced(connection);
    }

    private SqliteConnection Traced(SqliteConnection connection)
    {
        if (trace is not null)
            SQLitePCL.raw.sqlite3_trace(connection.Handle, trace, null);
        return connection;
    }
}
