namespace KusamaNews.Ingestion.Hosting;

/// <summary>Archive:Ingestion: when the site brings its database in line with the content folder.</summary>
public enum IngestionMode
{
    /// <summary>At start, then again whenever a file in the content folder is added, changed or removed.</summary>
    Watch,

    /// <summary>At start only.</summary>
    Startup,

    /// <summary>Never: serve the database as it is, for example one built by <c>ingest --out</c> and shipped to replicas.</summary>
    Off,
}
