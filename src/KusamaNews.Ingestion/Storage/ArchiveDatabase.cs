using System.Globalization;
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
    private readonly int writerCacheMegabytes;

    /// <summary>
    /// A full ingestion touches every page of a 250 MB file, the tag indexes all over: with SQLite's
    /// default 2 MB of page cache the writer keeps evicting and re-reading the pages it writes; 32 MB
    /// holds the indexes' hot pages (128 MB measured no faster, for 100 MB more peak memory).
    /// </summary>
    public const int DefaultWriterCacheMegabytes = 32;

    /// <summary>The version of the SQLite library the process loaded, as sqlite_version() reports it.</summary>
    public static string SqliteVersion { get; } = SQLitePCL.raw.sqlite3_libversion().utf8_to_string();

    /// <param name="path">The database file.</param>
    /// <param name="traceStatement">Called with the text of each statement readers start, for diagnostics (and tests that count them).</param>
    /// <param name="writerCacheMegabytes">The writer's page cache: dirty pages beyond it spill to the log before the commit.</param>
    public ArchiveDatabase(string path, Action<string>? traceStatement = null, int writerCacheMegabytes = DefaultWriterCacheMegabytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(writerCacheMegabytes, 1);
        this.writerCacheMegabytes = writerCacheMegabytes;
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

    /// <summary>
    /// A new file gets 16 KB pages and WAL. A section's Markdown, HTML and text make a row of
    /// 1.5 KB on average, and FTS5 writes its index in large blobs: with SQLite's default 4 KB
    /// pages a full ingestion of 12,000 issues took a tenth longer (4.87 against 4.43 s,
    /// interleaved; 1.0 against 0.6 s in the kernel) and made a 216 MB file instead of 194 MB.
    /// Searches measured the same.
    /// </summary>
    private const string NewFileSettingsSql = "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL";

    /// <summary>
    /// Creates the file and its folder if needed, switches to WAL and gives an empty file the schema.
    /// A file of this build's schema version is used as it is. One of an older version, or with
    /// tables but no version, is refused with <see cref="StoreVersionException"/> and left untouched
    /// (the site sets it aside, <see cref="IsUnusable"/>); one of a newer version is refused too.
    /// </summary>
    public void EnsureCreated()
    {
        var folder = System.IO.Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);

        using var connection = OpenWriter();
        var version = connection.ExecuteScalar<long>(SelectSchemaVersionSql);
        if (version > Schema.Version)
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The database at {FilePath} has schema version {version}, newer than this app's {Schema.Version}. Use a newer build or a new database file."));
        if (version < Schema.Version && (version != 0 || connection.ExecuteScalar<bool>(HoldsAnythingSql)))
            throw new StoreVersionException(FilePath, version);

        // The page size takes only on a file that holds nothing yet; a file at this version keeps its own.
        connection.Execute(NewFileSettingsSql);
        if (version == 0)
            Schema.Create(connection);
    }

    /// <summary>
    /// <see cref="EnsureCreated"/>, for a store that is only a cache of the content folder: a file that
    /// cannot be used (damaged, not SQLite, an older build's) is moved aside, kept for a look and
    /// reported to <paramref name="setAside"/> with where it went and why, and a new one is made.
    /// </summary>
    public void EnsureCreatedOrSetAside(DateTimeOffset now, Action<string, Exception> setAside)
    {
        ArgumentNullException.ThrowIfNull(setAside);
        try
        {
            EnsureCreated();
        }
        catch (Exception ex) when (IsUnusable(ex))
        {
            setAside(SetAside(now), ex);
            EnsureCreated();
        }
    }

    private const string SelectSchemaVersionSql = "PRAGMA user_version";
    private const string HoldsAnythingSql = "SELECT EXISTS (SELECT 1 FROM sqlite_schema)";

    /// <summary>
    /// For the first ingestion into an empty store: a rollback journal writes each new page once,
    /// where WAL writes it to the log and again to the file (250 MB twice for 12,000 issues). An
    /// application crash loses nothing either way. The switch needs the file to itself: our idle
    /// pooled connections are let go first, and if anyone else still has it open (a request being
    /// served, another process) the build simply stays in WAL. Returns whether the switch happened;
    /// <see cref="EndFirstBuild"/> switches back.
    /// </summary>
    public bool BeginFirstBuild(SqliteConnection writer)
    {
        if (writer.ExecuteScalar<long>("SELECT EXISTS (SELECT 1 FROM Issues)") != 0)
            return false;
        LetGoOfIdleConnections();
        using var command = writer.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = DELETE";
        command.CommandTimeout = 1; // the wait for a busy file, in seconds: not worth waiting longer for
        try
        {
            return string.Equals(command.ExecuteScalar() as string, "delete", StringComparison.OrdinalIgnoreCase);
        }
        catch (SqliteException busy) when (busy.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            return false;
        }
    }

    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteCorrupt = 11, SqliteNotADatabase = 26;

    /// <summary>The schema version this build makes and reads, and no other.</summary>
    public const int SchemaVersion = Schema.Version;

    /// <summary>The schema version of an existing SQLite file, or null when there is none to read.</summary>
    public static long? SchemaVersionOf(string path)
    {
        if (!File.Exists(path))
            return null;
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            return connection.ExecuteScalar<long>(SelectSchemaVersionSql);
        }
        catch (SqliteException)
        {
            return null; // not readable as SQLite: the site sets such a file aside (IsUnusable)
        }
    }

    /// <summary>Whether the failure says the file cannot serve as the store: damaged, not SQLite, or an older build's.</summary>
    public static bool IsUnusable(Exception exception) => exception is StoreVersionException
        or SqliteException { SqliteErrorCode: SqliteCorrupt or SqliteNotADatabase };

    /// <summary>
    /// Moves a store that cannot be used out of the way, with its write-ahead log and shared memory
    /// (left behind, they would be read as the new file's), so that a new one can be built from
    /// content/ in its place. Nothing is deleted. Returns where the file went.
    /// </summary>
    public string SetAside(DateTimeOffset now)
    {
        LetGoOfIdleConnections();
        var aside = string.Create(CultureInfo.InvariantCulture, $"{FilePath}.unusable-{now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}");
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(FilePath + suffix))
                File.Move(FilePath + suffix, aside + suffix);
        }
        return aside;
    }

    /// <summary>Closes this file's idle pooled connections, readers' and writers'; those in use close when returned.</summary>
    private void LetGoOfIdleConnections()
    {
        foreach (var connectionString in new[] { writerConnectionString, readerConnectionString })
        {
            using var pooled = new SqliteConnection(connectionString);
            SqliteConnection.ClearPool(pooled);
        }
    }

    public static void EndFirstBuild(SqliteConnection writer) => writer.Execute("PRAGMA journal_mode = WAL");

    public SqliteConnection OpenWriter()
    {
        var connection = new SqliteConnection(writerConnectionString);
        connection.Open();
        // In WAL mode NORMAL loses no committed data on an application crash, only possibly the
        // last transaction on power loss, and the archive can always be rebuilt from content/.
        connection.Execute("PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY");
        PageCache.Resize(connection, writerCacheMegabytes);
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
