using KusamaNews.Ingestion;
using KusamaNews.Ingestion.Pipeline;
using KusamaNews.Ingestion.Storage;
using KusamaNews.Web.Operations.Metrics;
using Microsoft.Extensions.Options;

namespace KusamaNews.Web.Archive;

public static class ArchiveServiceCollectionExtensions
{
    /// <summary>The archive's options, store, importer, and the ingestion at start-up and on every change to the content folder.</summary>
    public static IServiceCollection AddArchive(this IServiceCollection services)
    {
        services.AddOptions<ArchiveOptions>()
            .BindConfiguration(ArchiveOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ArchiveOptionsSetup>();
        services.AddSingleton<IPostConfigureOptions<ArchiveOptions>>(sp => sp.GetRequiredService<ArchiveOptionsSetup>());
        services.AddSingleton<IValidateOptions<ArchiveOptions>>(sp => sp.GetRequiredService<ArchiveOptionsSetup>());

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
        services.AddSingleton<ContentImporter>();
        services.AddSingleton<ArchiveStatus>();
        services.AddSingleton<ArchiveMetrics>();
        services.AddSingleton<ArchiveIngestion>();
        services.AddHostedService<ArchiveIngestionService>();
        return services;
    }

    private static ArchiveOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<ArchiveOptions>>().Value;
}
