namespace KusamaNews.Ingestion.Topics;

/// <summary>One topic of the taxonomy: a beat such as "governance", or a finer tag under one ("opengov").</summary>
public sealed record Topic(string Slug, string Name, string Description, string? Parent, IReadOnlyList<string> Terms, int Ordinal);
