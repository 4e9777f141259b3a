using Microsoft.Extensions.Options;

namespace KusamaNews.Web.Hosting;

internal static partial class StartupLog
{
    /// <summary>A setting that cannot work is an operator's mistake, not a crash: say which, without a stack trace.</summary>
    public static void CannotStart(ILogger logger, OptionsValidationException exception)
    {
        var problems = string.Join("; ", exception.Failures);
        CannotStart(logger, problems);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The site cannot start: {Problems}")]
    private static partial void CannotStart(ILogger logger, string problems);
}
