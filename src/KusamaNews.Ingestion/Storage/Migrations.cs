using System.Globalization;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Storage;

/// <summary>
/// The schema, as numbered scripts embedded from <c>Storage/Migrations/NNNN_*.sql</c>. The
/// database's <c>PRAGMA user_version</c> is the number of the last script applied; each new
/// script runs once, in its own transaction.
/// </summary>
internal static class Migrations
{
    private const string Prefix = "Migrations.";

    private static readonly IReadOnlyList<(int Number, string Name)> Scripts = typeof(Migrations).Assembly
        .GetManifestResourceNames()
        .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(name => (Number: int.Parse(name.AsSpan(Prefix.Length, 4), CultureInfo.InvariantCulture), Name: name))
        .OrderBy(script => script.Number)
        .ToList();

    public static int Latest => Scripts[^1].Number;

    public static void Apply(SqliteConnection connection) => Apply(connection, Latest);

    /// <summary>The scripts up to <paramref name="last"/>: tests build the stores older versions made.</summary>
    internal static void Apply(SqliteConnection connection, int last)
    {
        var current = connection.ExecuteScalar<int>("PRAGMA user_version");
        if (current > Latest)
            throw new InvalidOperationException(
                $"The database at {connection.DataSource} has schema version {current}, newer than this app's {Latest}. Use a newer build or a new database file.");

        foreach (var (number, name) in Scripts.Where(s => s.Number > current && s.Number <= last))
        {
            using var transaction = connection.BeginTransaction();
            try
            {
                connection.Execute(Read(name), transaction: transaction);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteError)
            {
                // The file says version N but does not hold what version N made (a store from a
                // development branch, a hand edit): no later script can apply either.
                throw new StoreUpgradeException(connection.DataSource, name[Prefix.Length..], ex);
            }
            connection.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {number}"), transaction: transaction);
            transaction.Commit();
        }
    }

    private const int SqliteError = 1;

    private static string Read(string resource)
    {
        using var stream = typeof(Migrations).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
