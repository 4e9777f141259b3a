// Hot path: Match, for every word of every section; docs/PERFORMANCE.md, "Tagging: the terms that may start at a word, worked out once per word" (59667a1): tagging one issue 36.8 -> 20.2 us; benchmark before you change this.
using System.Runtime.CompilerServices;

namespace KusamaNews.Ingestion.Topics;

/// <summary>
/// Every term of a taxonomy, indexed by its first word, so that a text is matched in one pass over
/// its words. Which terms may start at a word depends on the word alone, so it is worked out once
/// per vocabulary word and kept on the word's cached entry: most words start none, and cost one
/// reference comparison each (tagging was a third of a full ingestion's parsing work before).
/// </summary>
internal sealed class TaxonomyMatcher
{
    /// <summary>The terms whose first word matches a word, for the matcher that worked them out.</summary>
    internal sealed record Candidates(TaxonomyMatcher Owner, (int Topic, TermPattern Term)[] Terms);

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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot in a full ingestion, which ends before tiering gets here (docs/PERFORMANCE.md)
    public void Match(List<TextTokens.Token> tokens, Span<int> counts, Span<int> firsts)
    {
        counts.Clear();
        firsts.Fill(-1);
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (topic, term) in CandidatesOf(tokens[i].Entry))
                Count(term.MatchesAt(tokens, i), topic, i, counts, firsts);
        }
    }

    private (int Topic, TermPattern Term)[] CandidatesOf(TextTokens.Word word)
    {
        if (word.Candidates is { } known && known.Owner == this)
            return known.Terms;
        var terms = byFirstStem.TryGetValue(word.Stem, out var byStem) ? byStem.ToList() : [];
        terms.AddRange(byFirstPrefix.Where(p => word.Text.StartsWith(p.Prefix, StringComparison.Ordinal)).Select(p => (p.Topic, p.Term)));
        var candidates = new Candidates(this, [.. terms]);
        word.Candidates = candidates;
        return candidates.Terms;
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
