using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Storage;

/// <summary>
/// The schema: one script, embedded from <c>Storage/Schema.sql</c>, and its version, kept in the
/// file's <c>PRAGMA user_version</c>. There are no upgrades: the file is a cache of content/, so one
/// of another version is set aside and built again (<see cref="ArchiveDatabase.EnsureCreated"/>).
/// </summary>
internal static class Schema
{
    /// <summary>
    /// Raised with every change to the script. It went on from the numbered migration scripts that
    /// came before it (the last was 15), so that every file an older build made reads as older.
    /// </summary>
    public const int Version = 18;

    private static readonly string Script = Read("Schema.sql");

    /// <summary>Creates the schema in an empty file and stamps its version, in one transaction.</summary>
    public static void Create(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute(Script, transaction: transaction);
        connection.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {Version}"), transaction: transaction);
        transaction.Commit();
    }

    private static string Read(string resource)
    {
        using var stream = typeof(Schema).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
