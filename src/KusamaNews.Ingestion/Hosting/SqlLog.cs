using Microsoft.Extensions.Logging;

namespace KusamaNews.Ingestion.Hosting;

/// <summary>Archive:TraceSql: each statement the site's readers run, logged at Debug as "KusamaNews.Sql".</summary>
internal static partial class SqlLog
{
    public const string Category = "KusamaNews.Sql";

    public static Action<string> For(ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(Category);
        return sql => Statement(logger, sql);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "SQL {Statement}")]
    private static partial void Statement(ILogger logger, string statement);
}
