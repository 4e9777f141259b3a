using KusamaNews.Ingestion.Pipeline;
using KusamaNews.Ingestion.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KusamaNews.Ingestion.Hosting;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// The archive as the site has it: <see cref="AddArchive"/>, and its ingestion at start-up and on
    /// every change to the content folder (<see cref="IngestionService"/>, Archive:Ingestion).
    /// </summary>
    public static IServiceCollection AddArchiveIngestion(this IServiceCollection services)
    {
        services.AddArchive();
        services.AddHostedService<IngestionService>();
        return services;
    }

    /// <summary>The archive's options (validated at start), store, ingester, status and metrics; what the ingest command runs on.</summary>
    public static IServiceCollection AddArchive(this IServiceCollection services)
    {
        services.AddOptions<ArchiveOptions>()
            .BindConfiguration(ArchiveOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ArchiveOptionsSetup>();
        services.AddSingleton<IPostConfigureOptions<ArchiveOptions>>(sp => sp.GetRequiredService<ArchiveOptionsSetup>());
        services.AddSingleton<IValidateOptions<ArchiveOptions>>(sp => sp.GetRequiredService<ArchiveOptionsSetup>());

        services.AddMetrics();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new ArchiveDatabase(
            Options(sp).DatabasePath,
            Options(sp).TraceSql ? SqlLog.For(sp.GetRequiredService<ILoggerFactory>()) : null,
            Options(sp).WriterCacheMegabytes));
        services.AddSingleton(sp => new IssueFileReader(new IngestionLimits
        {
            MaxFileBytes = Options(sp).MaxFileBytes,
            MaxNestingDepth = Options(sp).MaxNestingDepth,
        }));
        services.AddSingleton<ArchiveIngester>();
        services.AddSingleton<ArchiveStatus>();
        services.AddSingleton<IngestionMetrics>();
        services.AddSingleton<IngestionRunner>();
        return services;
    }

    private static ArchiveOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<ArchiveOptions>>().Value;
}
