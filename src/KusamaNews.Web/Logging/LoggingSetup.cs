using Serilog;
using Serilog.Settings.Configuration;

namespace KusamaNews.Web.Logging;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog, configured from the "Serilog" section, as the only logging provider. Serilog.AspNetCore
    /// does not restore here, so this is its essential part plus <see cref="RequestLoggingMiddleware"/>.
    /// No static bootstrap logger: each host (and each test host) gets its own.
    /// </summary>
    public static WebApplicationBuilder AddSerilogLogging(this WebApplicationBuilder builder)
    {
        var readerOptions = new ConfigurationReaderOptions(typeof(ConsoleLoggerConfigurationExtensions).Assembly);
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration, readerOptions)
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }
}
