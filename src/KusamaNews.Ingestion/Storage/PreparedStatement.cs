using Microsoft.Data.Sqlite;

namespace KusamaNews.Ingestion.Storage;

/// <summary>
/// One SQL statement compiled once for a whole ingestion run and executed once a row with new
/// values. Dapper builds and compiles a command per call, which for 300,000 rows cost most of a
/// full ingestion. The SQL is a constant of the caller's (the SQL rule checks each creation).
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    public PreparedStatement(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameterNames)
    {
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        parameters = [.. parameterNames.Select(name => command.Parameters.Add(new SqliteParameter(name, null)))];
        command.Prepare();
    }

    public int Execute(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        return command.ExecuteNonQuery();
    }

    public long ExecuteScalar(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        return (long)command.ExecuteScalar()!;
    }

    private void Bind(ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < parameters.Length; i++)
            parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public void Dispose() => command.Dispose();
}
