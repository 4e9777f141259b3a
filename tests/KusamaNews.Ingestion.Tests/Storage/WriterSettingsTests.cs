using Dapper;
using KusamaNews.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>The writer's page cache is the one Archive:WriterCacheMegabytes asks for; a new file has 16 KB pages.</summary>
public sealed class WriterSettingsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kusamanews-writer").FullName;

    [Theory]
    [InlineData(1)]
    [InlineData(ArchiveDatabase.DefaultWriterCacheMegabytes)]
    [InlineData(512)]
    public void TheWriterHasTheCacheItWasGiven(int megabytes)
    {
        var database = new ArchiveDatabase(Path.Combine(folder, $"{megabytes}.db"), writerCacheMegabytes: megabytes);

        using var writer = database.OpenWriter();

        Assert.Equal(-megabytes * 1024L, writer.ExecuteScalar<long>("PRAGMA cache_size"));
    }

    [Fact]
    public void ANewFileHasSixteenKilobytePagesAndAnOlderOneKeepsItsOwn()
    {
        var created = new ArchiveDatabase(Path.Combine(folder, "new.db"));
        var older = new ArchiveDatabase(Path.Combine(folder, "older.db"));
        using (var connection = older.OpenWriter())
        {
            // As a build before 16 KB pages made it, with this build's schema.
            connection.Execute("PRAGMA page_size = 4096");
            Schema.Create(connection);
        }

        created.EnsureCreated();
        older.EnsureCreated();

        using var createdReader = created.OpenReader();
        using var olderReader = older.OpenReader();
        Assert.Equal((16384L, 4096L), (createdReader.ExecuteScalar<long>("PRAGMA page_size"), olderReader.ExecuteScalar<long>("PRAGMA page_size")));
        Assert.Equal(Schema.Version, olderReader.ExecuteScalar<long>("PRAGMA user_version"));
    }

    [Fact]
    public void ACacheOfLessThanOneMegabyteIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArchiveDatabase(Path.Combine(folder, "none.db"), writerCacheMegabytes: 0));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
