using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace KusamaNews.Ingestion.Topics;

/// <summary>
/// Text as the tagger compares it: words of letters and digits, lower-case, diacritics removed,
/// each with its Porter stem. "Cross-chain" is two words, as it is to the search index.
/// </summary>
internal static class TextTokens
{
    /// <summary>A word of the vocabulary, with its stem; the matcher notes on it which terms may start at it.</summary>
    public sealed class Word(string text, string stem)
    {
        public string Text { get; } = text;
        public string Stem { get; } = stem;

        /// <summary>
        /// Kept by <see cref="TaxonomyMatcher"/>: one reference, written whole, so threads that race
        /// write equal values, and a matcher of another taxonomy sees it is not its own.
        /// </summary>
        internal TaxonomyMatcher.Candidates? Candidates { get; set; }
    }

    public readonly record struct Token(Word Entry)
    {
        public string Word => Entry.Text;
        public string Stem => Entry.Stem;
    }

    // An archive's vocabulary is small and repeats: each word is stemmed once, and a word seen
    // before costs no allocation (looked up by span, its cached entry reused). Bounded, because
    // a hostile file could be nothing but distinct words; counted by hand, as the dictionary's
    // own Count takes every lock.
    private static readonly ConcurrentDictionary<string, Word> Words = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private const int MaxCachedWords = 200_000;
    private static int cachedWords;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot in a full ingestion, which ends before tiering gets here (docs/PERFORMANCE.md)
    public static List<Token> Of(string text)
    {
        var tokens = new List<Token>(text.Length / 6);
        var decomposed = text.AsSpan().ContainsAnyExceptInRange('\0', '\x7F') ? text.Normalize(NormalizationForm.FormKD) : text;
        var buffer = ArrayPool<char>.Shared.Rent(decomposed.Length);
        var length = 0;
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && length > 0)
            {
                tokens.Add(TokenOf(buffer.AsSpan(0, length)));
                length = 0;
            }
        }
        if (length > 0)
            tokens.Add(TokenOf(buffer.AsSpan(0, length)));
        ArrayPool<char>.Shared.Return(buffer);
        return tokens;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot in a full ingestion, which ends before tiering gets here (docs/PERFORMANCE.md)
    private static Token TokenOf(ReadOnlySpan<char> word)
    {
        if (WordsBySpan.TryGetValue(word, out var cached))
            return new Token(cached);
        var text = word.ToString();
        var entry = new Word(text, PorterStemmer.Stem(text));
        if (Volatile.Read(ref cachedWords) < MaxCachedWords && Words.TryAdd(text, entry))
            Interlocked.Increment(ref cachedWords);
        return new Token(entry);
    }
}
