using Dapper;
using KusamaNews.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>
/// A store of another build's schema is refused by its version and left as it was (one from an older
/// build is unusable, to be set aside; one from a newer build is not); set aside, it takes its log
/// and shared memory along.
/// </summary>
public sealed class StoreSetAsideTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kusamanews-aside").FullName;

    private string PathOf(string name) => Path.Combine(folder, name);

    private void Write(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={PathOf("archive.db")};Pooling=False");
        connection.Open();
        connection.Execute(sql);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(9)]
    [InlineData(ArchiveDatabase.SchemaVersion - 1)]
    public void AStoreOfAnOlderVersionIsRefusedNamingBothVersionsAndLeftAsItWas(int version)
    {
        Write($"CREATE TABLE Issues (Id INTEGER PRIMARY KEY); PRAGMA user_version = {version};");
        var before = File.ReadAllBytes(PathOf("archive.db"));

        var refused = Assert.Throws<StoreVersionException>(() => new ArchiveDatabase(PathOf("archive.db")).EnsureCreated());

        Assert.Equal(version, refused.Version);
        Assert.Contains($"schema version {version}, made by an older build; this build's is {ArchiveDatabase.SchemaVersion}", refused.Message, StringComparison.Ordinal);
        Assert.True(ArchiveDatabase.IsUnusable(refused));
        Assert.False(ArchiveDatabase.IsUnusable(new SqliteException("database is locked", 5)));
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, File.ReadAllBytes(PathOf("archive.db")));
    }

    [Fact]
    public void AStoreWithTablesButNoSchemaVersionIsRefusedAsUnusable()
    {
        Write("CREATE TABLE Notes (Text TEXT)");

        var refused = Assert.Throws<StoreVersionException>(() => new ArchiveDatabase(PathOf("archive.db")).EnsureCreated());

        Assert.Equal(0, refused.Version);
        Assert.True(ArchiveDatabase.IsUnusable(refused));
    }

    [Fact]
    public void AStoreOfANewerVersionIsRefusedButNotUnusable()
    {
        Write($"CREATE TABLE FromTheFuture (Id INTEGER PRIMARY KEY); PRAGMA user_version = {ArchiveDatabase.SchemaVersion + 1};");

        var refused = Assert.Throws<InvalidOperationException>(() => new ArchiveDatabase(PathOf("archive.db")).EnsureCreated());

        Assert.Contains("newer than this app's", refused.Message, StringComparison.Ordinal);
        Assert.False(ArchiveDatabase.IsUnusable(refused));
    }

    [Fact]
    public void SettingAsideMovesTheFileWithItsLogAndSharedMemory()
    {
        var database = new ArchiveDatabase(PathOf("archive.db"));
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.WriteAllText(PathOf("archive.db" + suffix), suffix);

        var aside = database.SetAside(new DateTimeOffset(2026, 11, 21, 14, 30, 5, TimeSpan.Zero));

        Assert.Equal(PathOf("archive.db.unusable-20261121T143005Z"), aside);
        Assert.Equal(["archive.db.unusable-20261121T143005Z", "archive.db.unusable-20261121T143005Z-shm", "archive.db.unusable-20261121T143005Z-wal"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("-wal", File.ReadAllText(aside + "-wal"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
