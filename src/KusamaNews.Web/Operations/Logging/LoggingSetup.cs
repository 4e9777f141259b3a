using Serilog;

namespace KusamaNews.Web.Operations.Logging;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog, configured from the "Serilog" section, as the host's only logger. Sinks registered in
    /// the container are added too (the tests capture events that way). The static Log.Logger is left
    /// alone: each host, and each test host, gets its own.
    /// </summary>
    public static IServiceCollection AddSiteLogging(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSerilog((provider, logger) => logger
            .ReadFrom.Configuration(configuration)
            .ReadFrom.Services(provider), preserveStaticLogger: true);

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
