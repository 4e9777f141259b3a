namespace KusamaNews.Ingestion.Topics;

/// <summary>
/// Every term of a taxonomy, indexed by its first word, so that a text is matched in one pass over
/// its words: each word's stem is looked up once, and only the few prefix terms are tested on it.
/// </summary>
internal sealed class TaxonomyMatcher
{
    private readonly Dictionary<string, List<(int Topic, TermPattern Term)>> byFirstStem = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, int Topic, TermPattern Term)> byFirstPrefix = [];

    public TaxonomyMatcher(IReadOnlyList<Topic> topics)
    {
        for (var t = 0; t < topics.Count; t++)
        {
            foreach (var term in topics[t].Terms.Select(term => new TermPattern(term)))
            {
                var (isPrefix, value) = term.First;
                if (isPrefix)
                    byFirstPrefix.Add((value, t, term));
                else if (byFirstStem.TryGetValue(value, out var list))
                    list.Add((t, term));
                else
                    byFirstStem[value] = [(t, term)];
            }
        }
    }

    /// <summary>For each topic (by index): how many term occurrences, and the word position of the first (-1: none).</summary>
    public void Match(List<TextTokens.Token> tokens, Span<int> counts, Span<int> firsts)
    {
        counts.Clear();
        firsts.Fill(-1);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (byFirstStem.TryGetValue(tokens[i].Stem, out var terms))
            {
                foreach (var (topic, term) in terms)
                    Count(term.MatchesAt(tokens, i), topic, i, counts, firsts);
            }
            foreach (var (prefix, topic, term) in byFirstPrefix)
            {
                if (tokens[i].Word.StartsWith(prefix, StringComparison.Ordinal))
                    Count(term.MatchesAt(tokens, i), topic, i, counts, firsts);
            }
        }
    }

    private static void Count(bool matched, int topic, int position, Span<int> counts, Span<int> firsts)
    {
        if (!matched)
            return;
        counts[topic]++;
        if (firsts[topic] < 0)
            firsts[topic] = position;
    }
}
