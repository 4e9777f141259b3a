namespace KusamaNews.Ingestion.Storage;

/// <summary>An issue file as found on disk: its name within the content folder, size, time and (once read) hash.</summary>
public sealed record SourceFacts(string Name, long Length, long ModifiedTicks, string Hash);
