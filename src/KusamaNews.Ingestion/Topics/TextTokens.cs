using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace KusamaNews.Ingestion.Topics;

/// <summary>
/// Text as the tagger compares it: words of letters and digits, lower-case, diacritics removed,
/// each with its Porter stem. "Cross-chain" is two words, as it is to the search index.
/// </summary>
internal static class TextTokens
{
    public readonly record struct Token(string Word, string Stem);

    // An archive's vocabulary is small and repeats: stem each word once. Bounded, because a
    // hostile file could be nothing but distinct words.
    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);
    private const int MaxCachedStems = 200_000;

    public static List<Token> Of(string text)
    {
        var tokens = new List<Token>(text.Length / 6);
        var decomposed = text.AsSpan().ContainsAnyExceptInRange('\0', '\x7F') ? text.Normalize(NormalizationForm.FormKD) : text;
        var word = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
                word.Append(char.ToLowerInvariant(c));
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                Flush(word, tokens);
        }
        Flush(word, tokens);
        return tokens;
    }

    private static void Flush(StringBuilder word, List<Token> tokens)
    {
        if (word.Length == 0)
            return;
        var text = word.ToString();
        word.Clear();
        tokens.Add(new Token(text, StemOf(text)));
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
}
