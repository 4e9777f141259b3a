using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyModel;
using Serilog;
using Serilog.Settings.Configuration;

namespace KusamaNews.Ingestion.Hosting;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog, configured from the "Serilog" section, as the host's only logger: the site's and the
    /// ingest command's. Sinks registered in the container are added too (the tests capture events
    /// that way). The static Log.Logger is left alone: each host, and each test host, gets its own.
    /// </summary>
    /// <remarks>
    /// Sinks are looked for among the app's own dependencies, not also in every Serilog*.dll of its
    /// folder (Serilog's default): the ingest executable is copied beside the site (the tests, the
    /// benchmark), whose folder holds sinks the executable does not carry and could not load.
    /// </remarks>
    public static IServiceCollection AddSerilogFromConfiguration(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSerilog((provider, logger) => logger
            .ReadFrom.Configuration(configuration, new ConfigurationReaderOptions(DependencyContext.Default))
            .ReadFrom.Services(provider), preserveStaticLogger: true);
}
