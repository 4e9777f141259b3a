using System.Net;
using Dapper;
using KusamaNews.Ingestion.Storage;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Web.Tests.Hosting;

/// <summary>
/// A database file the site cannot use (not SQLite, or made by an older build: the schema is not
/// upgraded) is a cache gone bad, not a reason to stay down: it is moved aside with all it held,
/// and the archive is built again from content/, at this build's schema version.
/// </summary>
public sealed class UnusableStoreTests
{
    public enum Store
    {
        NotSQLite,
        MadeByAnOlderBuild,
    }

    [Theory]
    [InlineData(Store.NotSQLite)]
    [InlineData(Store.MadeByAnOlderBuild)]
    public async Task TheSiteSetsItAsideAndServesTheArchiveBuiltAgain(Store store)
    {
        using var factory = new KusamaNewsFactory();
        Write(store, factory.DatabasePath);
        var held = Held(store, factory.DatabasePath);

        using var response = await factory.CreateClient().GetAsync("/issues/2024/06");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var aside = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(factory.DatabasePath)!, "archive.db.unusable-*"));
        Assert.Equal(held, Held(store, aside));
        var warning = Assert.Single(factory.Logs.Events, e => e.Message.Contains("cannot be used", StringComparison.Ordinal));
        Assert.Equal((factory.DatabasePath, aside), (warning.Properties["DatabasePath"], warning.Properties["SetAsidePath"]));
        using var rebuilt = new SqliteConnection($"Data Source={factory.DatabasePath};Mode=ReadOnly;Pooling=False");
        rebuilt.Open();
        Assert.Equal(ArchiveDatabase.SchemaVersion, rebuilt.ExecuteScalar<long>("PRAGMA user_version"));
    }

    /// <summary>What the file holds: its text, or its schema version and tables.</summary>
    private static string Held(Store store, string path)
    {
        if (store == Store.NotSQLite)
            return File.ReadAllText(path);
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        return $"version {connection.ExecuteScalar<long>("PRAGMA user_version")}: {string.Join(", ", tables)}";
    }

    private static void Write(Store store, string path)
    {
        if (store == Store.NotSQLite)
        {
            File.WriteAllText(path, "Notes for the March issue: ask about the treasury figures.\n");
            return;
        }
        // Version 15, the last of the numbered migrations, in part.
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        connection.Execute("CREATE TABLE Issues (Id INTEGER PRIMARY KEY); PRAGMA user_version = 15;");
    }
}
