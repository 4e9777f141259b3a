using KusamaNews.Ingestion;

namespace KusamaNews.Web.Archive;

/// <summary>What the site knows of the archive it serves: the last ingestion's report, once there is one.</summary>
public sealed class ArchiveStatus
{
    private volatile ImportReport? lastReport;

    public ImportReport? LastReport => lastReport;

    public bool IsIngested => lastReport is not null;

    public void Record(ImportReport report) => lastReport = report;
}
