namespace KusamaNews.Web.Archive;

/// <summary>Ingests the content folder as the site starts, before it serves its first request.</summary>
internal sealed class StartupIngestionService(ArchiveIngestion ingestion) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        Task.Run(() => ingestion.Run(cancellationToken), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
