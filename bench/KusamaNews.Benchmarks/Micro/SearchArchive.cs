using KusamaNews.Ingestion;
using KusamaNews.Ingestion.Pipeline;
using KusamaNews.Ingestion.Storage;
using KusamaNews.Ingestion.Topics;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Benchmarks.Micro;

/// <summary>
/// The archive the search and feed benchmarks read: the database named by KUSAMANEWS_BENCH_DB, or else a
/// 200-issue generated corpus with the real topics.yml, ingested into a temp folder.
/// </summary>
internal sealed class SearchArchive : IDisposable
{
    public const string DatabaseVariable = "KUSAMANEWS_BENCH_DB";
    public const int GeneratedIssues = 200;

    private readonly TempFolder? folder;

    public SearchArchive()
    {
        if (Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } path)
        {
            if (!File.Exists(path))
                throw new InvalidOperationException($"{DatabaseVariable} names {path}, which does not exist");
            Database = new ArchiveDatabase(path);
            return;
        }

        folder = new TempFolder();
        Database = new ArchiveDatabase(Path.Combine(folder.Path, "archive.db"));
        try
        {
            Build(Path.Combine(folder.Path, "content"));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public ArchiveDatabase Database { get; }

    private void Build(string content)
    {
        Directory.CreateDirectory(content);
        GeneratedCorpus.Write(content, GeneratedIssues);
        File.Copy(RepositoryFiles.Content(TaxonomyReader.FileName), Path.Combine(content, TaxonomyReader.FileName));
        using var ingester = new ArchiveIngester(Database, new IssueFileReader(), TimeProvider.System);
        var report = ingester.Ingest(content);
        if (report.HasErrors || report.Ingested != GeneratedIssues)
            throw new InvalidOperationException($"ingesting the generated corpus stored {report.Ingested} of {GeneratedIssues} issues: {string.Join("; ", report.Diagnostics)}");
    }

    public void Dispose()
    {
        if (folder is null)
            return;
        // Pooled connections keep the file open; let them go before the folder.
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
