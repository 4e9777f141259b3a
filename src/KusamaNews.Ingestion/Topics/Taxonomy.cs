namespace KusamaNews.Ingestion.Topics;

/// <summary>The topics sections are tagged with, as content/topics.yml defines them.</summary>
public sealed class Taxonomy
{
    public static readonly Taxonomy Empty = new([], "");

    private readonly Dictionary<string, Topic> bySlug;

    public Taxonomy(IReadOnlyList<Topic> topics, string hash)
    {
        Topics = topics;
        Hash = hash;
        bySlug = topics.ToDictionary(topic => topic.Slug, StringComparer.Ordinal);
        Matcher = new TaxonomyMatcher(topics);
    }

    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>SHA-256 of the topics.yml this taxonomy was read from: a change of file means re-tagging.</summary>
    public string Hash { get; }

    internal TaxonomyMatcher Matcher { get; }

    public Topic? Find(string slug) => bySlug.GetValueOrDefault(slug);
}
