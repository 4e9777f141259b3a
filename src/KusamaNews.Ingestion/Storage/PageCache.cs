using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Storage;

internal static class PageCache
{
    /// <summary>
    /// A connection's page cache, in megabytes. A PRAGMA takes no bound parameter, so the number is
    /// written into the statement: an int, never text (the one such statement besides Schema's user_version).
    /// </summary>
    public static void Resize(SqliteConnection connection, int megabytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(megabytes, 1);
        var kibibytes = checked(megabytes * 1024);
        connection.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{kibibytes}"));
    }
}
