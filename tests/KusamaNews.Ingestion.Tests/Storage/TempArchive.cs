using Dapper;
using KusamaNews.Ingestion.Pipeline;
using KusamaNews.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Tests.Storage;

/// <summary>A content folder and a SQLite file of its own in a temporary directory, removed afterwards.</summary>
public sealed class TempArchive : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "kusamanews-tests", Guid.NewGuid().ToString("N"));

    public TempArchive(TimeProvider? clock = null, int window = ArchiveIngester.DefaultWindow)
    {
        Directory.CreateDirectory(ContentPath);
        Database = new ArchiveDatabase(Path.Combine(root, "data", "archive.db"));
        Ingester = new ArchiveIngester(Database, new IssueFileReader(), clock ?? TimeProvider.System, window);
    }

    public string ContentPath => Path.Combine(root, "content");
    public ArchiveDatabase Database { get; }
    public ArchiveIngester Ingester { get; }

    public IngestionReport Ingest() => Ingester.Ingest(ContentPath);

    public void Write(string name, string text) => File.WriteAllText(Path.Combine(ContentPath, name), text);

    public void Delete(string name) => File.Delete(Path.Combine(ContentPath, name));

    public void CopySeed(string name) =>
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Seeds", name), Path.Combine(ContentPath, name));

    public static string RealTopics => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "topics.yml"));

    public List<T> Query<T>(string sql, object? parameters = null)
    {
        using var connection = Database.OpenReader();
        return connection.Query<T>(sql, parameters).ToList();
    }

    public static string Issue(int year, string month, string headline, string body = "Text.") =>
        $"# Kusama News - {month} {year}\n\n# {headline}\n\n## Lead\n\n{body}\n\n## Second\n\nMore.\n";

    public void Dispose()
    {
        Ingester.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }
}
