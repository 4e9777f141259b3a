using Serilog;

namespace KusamaNews.Web.Operations.Logging;

internal static class LoggingSetup
{
    /// <summary>
    /// One event per request (method, path, status, elapsed ms) at Information, or at Error for a
    /// server error, so that a log kept at Warning (a busy site, the benchmarks) still shows it.
    /// Serilog's default level rule does exactly that (LoggingTests); the message is the one operators
    /// already read, with a tenth of a millisecond.
    /// </summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            // The host's own logger, not the static one another host in the process may have replaced.
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
        });
}
