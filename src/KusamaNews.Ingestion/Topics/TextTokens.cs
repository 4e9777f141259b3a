using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace KusamaNews.Ingestion.Topics;

/// <summary>
/// Text as the tagger compares it: words of letters and digits, lower-case, diacritics removed,
/// each with its Porter stem. "Cross-chain" is two words, as it is to the search index.
/// </summary>
internal sealed class TextTokens
{
    // An archive's vocabulary is small and repeats: stem each word once. Bounded, because a
    // hostile file could be nothing but distinct words.
    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);
    private const int MaxCachedStems = 200_000;

    private readonly Dictionary<string, List<int>> byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> byWord = new(StringComparer.Ordinal);

    public TextTokens(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsLetterOrDigit(c))
                word.Append(char.ToLowerInvariant(c));
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                Flush(word);
        }
        Flush(word);
    }

    public List<(string Word, string Stem)> Tokens { get; } = [];

    public IReadOnlyList<int> PositionsOfStem(string stem) => byStem.TryGetValue(stem, out var at) ? at : [];

    public IEnumerable<int> PositionsOfWordsStartingWith(string prefix) =>
        byWord.Where(pair => pair.Key.StartsWith(prefix, StringComparison.Ordinal)).SelectMany(pair => pair.Value);

    public static List<(string Word, string Stem)> Of(string text) => new TextTokens(text).Tokens;

    private void Flush(StringBuilder word)
    {
        if (word.Length == 0)
            return;
        var text = word.ToString();
        word.Clear();
        var stem = StemOf(text);
        var position = Tokens.Count;
        Tokens.Add((text, stem));
        Add(byStem, stem, position);
        Add(byWord, text, position);
    }

    private static string StemOf(string word)
    {
        if (Stems.TryGetValue(word, out var stem))
            return stem;
        stem = PorterStemmer.Stem(word);
        if (Stems.Count < MaxCachedStems)
            Stems.TryAdd(word, stem);
        return stem;
    }

    private static void Add(Dictionary<string, List<int>> index, string key, int position)
    {
        if (!index.TryGetValue(key, out var positions))
            index[key] = positions = [];
        positions.Add(position);
    }
}
