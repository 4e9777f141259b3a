namespace KusamaNews.Ingestion.Topics;

/// <summary>A topic's terms, compiled once, counted over a section's heading or body.</summary>
internal sealed class TopicMatcher(Topic topic)
{
    private readonly TermPattern[] terms = topic.Terms.Select(term => new TermPattern(term)).ToArray();

    public Topic Topic { get; } = topic;

    /// <summary>All occurrences of any term, and the first word position any term starts at (-1: none).</summary>
    public (int Count, int First) Find(TextTokens text)
    {
        int count = 0, first = -1;
        foreach (var term in terms)
        {
            var (n, at) = term.Find(text);
            count += n;
            if (at >= 0 && (first < 0 || at < first))
                first = at;
        }
        return (count, first);
    }
}
