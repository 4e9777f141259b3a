using Dapper;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>
/// The first build into an empty store runs with a rollback journal when it can; whatever happens,
/// the store ends in WAL mode, which its concurrent readers need.
/// </summary>
public sealed class FirstBuildTests
{
    [Fact]
    public void First_build_leaves_the_store_in_wal_mode_with_every_issue()
    {
        using var archive = new TempArchive();
        archive.Write("2024-05.md", TempArchive.Issue(2024, "May", "Spring"));
        archive.Write("2024-06.md", TempArchive.Issue(2024, "June", "Summer"));

        var report = archive.Ingest();

        Assert.Equal(2, report.Ingested);
        Assert.Equal("wal", JournalMode(archive));
        Assert.Equal(2, archive.Query<long>("SELECT COUNT(*) FROM Issues").Single());
    }

    [Fact]
    public void A_first_build_while_someone_reads_the_store_stays_in_wal_and_completes()
    {
        using var archive = new TempArchive();
        archive.Database.EnsureCreated();
        // Not pooled, and inside a read transaction: a reader the ingester cannot let go of.
        using var reader = new SqliteConnection($"Data Source={archive.Database.FilePath};Mode=ReadOnly;Pooling=False");
        reader.Open();
        using var readTransaction = reader.BeginTransaction();
        Assert.Equal(0, reader.ExecuteScalar<long>("SELECT COUNT(*) FROM Issues", transaction: readTransaction));
        archive.Write("2024-06.md", TempArchive.Issue(2024, "June", "Summer"));

        var report = archive.Ingest();

        Assert.Equal(1, report.Ingested);
        readTransaction.Commit();
        Assert.Equal("wal", JournalMode(archive));
        Assert.Equal(1, reader.ExecuteScalar<long>("SELECT COUNT(*) FROM Issues"));
    }

    private static string JournalMode(TempArchive archive)
    {
        using var connection = archive.Database.OpenReader();
        return connection.ExecuteScalar<string>("PRAGMA journal_mode")!;
    }
}
