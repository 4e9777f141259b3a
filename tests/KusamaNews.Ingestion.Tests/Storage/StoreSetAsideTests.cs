using Dapper;
using KusamaNews.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>A store whose schema is not what its version says is refused by name; set aside, it takes its log and shared memory along.</summary>
public sealed class StoreSetAsideTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kusamanews-aside").FullName;

    private string PathOf(string name) => Path.Combine(folder, name);

    [Fact]
    public void AStoreUnlikeItsVersionIsRefusedNamingTheScriptThatFailed()
    {
        using (var connection = new SqliteConnection($"Data Source={PathOf("archive.db")};Pooling=False"))
        {
            connection.Open();
            connection.Execute("CREATE TABLE Issues (Id INTEGER PRIMARY KEY); PRAGMA user_version = 3;");
        }

        var refused = Assert.Throws<StoreUpgradeException>(() => new ArchiveDatabase(PathOf("archive.db")).EnsureCreated());

        Assert.Equal("0004_ArchiveChanged.sql", refused.Script);
        Assert.True(ArchiveDatabase.IsUnusable(refused));
        Assert.False(ArchiveDatabase.IsUnusable(new SqliteException("database is locked", 5)));
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
