using Dapper;
using KusamaNews.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>The writer's page cache is the one Archive:WriterCacheMegabytes asks for.</summary>
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
    public void ACacheOfLessThanOneMegabyteIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ArchiveDatabase(Path.Combine(folder, "none.db"), writerCacheMegabytes: 0));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
