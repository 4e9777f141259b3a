namespace KusamaNews.Ingestion.Topics;

/// <summary>A topic a section is tagged with. Rank orders a section's tags; a primary tag at rank 0 is its beat.</summary>
public sealed record SectionTag(string Slug, bool IsPrimary, int Rank);
