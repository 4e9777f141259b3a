using Microsoft.Extensions.Options;

namespace KusamaNews.Web.Operations.Startup;

internal static partial class StartupLog
{
    /// <summary>
    /// A setting that cannot work: one that fails validation, or one the configuration binder cannot
    /// convert ("Archive:Ingestion=Sometimes"). Either is an operator's mistake, not a crash.
    /// </summary>
    public static bool IsBadSetting(Exception exception) => exception switch
    {
        OptionsValidationException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsBadSetting),
        InvalidOperationException { Source: "Microsoft.Extensions.Configuration.Binder" } => true,
        _ => false,
    };

    /// <summary>Says which settings are wrong and why, without a stack trace.</summary>
    public static void CannotStart(ILogger logger, Exception exception)
    {
        var problems = string.Join("; ", Problems(exception));
        CannotStart(logger, problems);
    }

    private static IEnumerable<string> Problems(Exception exception) => exception switch
    {
        OptionsValidationException validation => validation.Failures,
        AggregateException aggregate => aggregate.InnerExceptions.SelectMany(Problems),
        _ => [exception.Message],
    };

    [LoggerMessage(Level = LogLevel.Critical, Message = "The site cannot start: {Problems}")]
    private static partial void CannotStart(ILogger logger, string problems);
}
