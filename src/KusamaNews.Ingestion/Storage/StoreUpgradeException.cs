using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Storage;

/// <summary>A schema script failed on the store: it does not hold what its version number says.</summary>
public sealed class StoreUpgradeException(string file, string script, SqliteException cause)
    : Exception($"The database at {file} could not be upgraded: {script} failed ({cause.Message})", cause)
{
    public string File { get; } = file;

    public string Script { get; } = script;
}
