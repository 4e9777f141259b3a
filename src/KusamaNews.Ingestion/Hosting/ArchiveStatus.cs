namespace KusamaNews.Ingestion.Hosting;

/// <summary>What the site knows of the archive it serves: the last ingestion's report, once there is one, and the archive's snapshot.</summary>
public sealed class ArchiveStatus
{
    private volatile IngestionReport? lastReport;
    private volatile ArchiveSnapshot? served;

    public IngestionReport? LastReport => lastReport;

    public bool IsIngested => lastReport is not null;

    /// <summary>The archive being served (version and change time, for caching validators); null until the store has been read.</summary>
    public ArchiveSnapshot? Served => served;

    public void Record(IngestionReport report) => lastReport = report;

    public void Record(ArchiveSnapshot snapshot) => served = snapshot;
}
