// hot path: TagBenchmarks, tagging one issue in 19.6 us, each word looked up in its thread's table (docs/PERFORMANCE.md); benchmark before you change this.
using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KusamaNews.Ingestion.Analysis;

namespace KusamaNews.Ingestion.Topics;

/// <summary>
/// Text as the tagger compares it: the search index's tokens (<see cref="TokenReader"/>), each with
/// its Porter stem. "Cross-chain" is two words, "Café" is "cafe", as they are to the search index.
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

    public static List<Token> Of(string text)
    {
        var tokens = new List<Token>(text.Length / 6);
        Read(text, tokens);
        return tokens;
    }

    /// <summary>The text's words into <paramref name="tokens"/>, cleared first: the tagger keeps one list a thread.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot in a full ingestion, which ends before tiering gets here (docs/PERFORMANCE.md)
    public static void Read(string text, List<Token> tokens)
    {
        tokens.Clear();
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var reader = new TokenReader(text, buffer);
        while (reader.Read())
            tokens.Add(TokenOf(reader.Folded, WordTable.Hash(reader.Folded)));
        ArrayPool<char>.Shared.Return(buffer);
    }

    // Each thread's own table in front of the shared dictionary: the tagger looks up every word of
    // every section (6.5 million at 12,000 issues), and the shared dictionary's lookup by span, with
    // its comparer's interface calls, was a sixth of the parsing threads' time.
    [ThreadStatic]
    private static WordTable? threadWords;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot in a full ingestion, which ends before tiering gets here (docs/PERFORMANCE.md)
    private static Token TokenOf(ReadOnlySpan<char> word, int hash)
    {
        var table = threadWords ??= new WordTable();
        if (table.Find(word, hash) is { } known)
            return new Token(known);
        var entry = SharedEntry(word);
        table.Add(entry, hash);
        return new Token(entry);
    }

    private static Word SharedEntry(ReadOnlySpan<char> word)
    {
        if (WordsBySpan.TryGetValue(word, out var cached))
            return cached;
        var text = word.ToString();
        var entry = new Word(text, PorterStemmer.Stem(text));
        if (Volatile.Read(ref cachedWords) < MaxCachedWords && Words.TryAdd(text, entry))
            Interlocked.Increment(ref cachedWords);
        return entry;
    }

    /// <summary>
    /// Words by their text, open addressing with linear probing: a probe is a hash of the span's
    /// characters and a comparison. Holds at most <see cref="MaxCachedWords"/>; past that a word is
    /// looked up in the shared dictionary each time, as a hostile file of distinct words would be.
    /// </summary>
    private sealed class WordTable
    {
        private Word?[] slots = new Word?[1024];
        private int count;

        /// <summary>FNV-1a over the characters.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int Hash(ReadOnlySpan<char> word)
        {
            var hash = 2166136261u;
            foreach (var c in word)
                hash = (hash ^ c) * 16777619u;
            return (int)(hash ^ (hash >> 15));
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public Word? Find(ReadOnlySpan<char> word, int hash)
        {
            var mask = slots.Length - 1;
            for (var i = hash & mask; slots[i] is { } candidate; i = (i + 1) & mask)
            {
                if (candidate.Text.AsSpan().SequenceEqual(word))
                    return candidate;
            }
            return null;
        }

        public void Add(Word word, int hash)
        {
            if (count >= MaxCachedWords)
                return;
            if ((count + 1) * 2 > slots.Length)
                Grow();
            Place(slots, word, hash);
            count++;
        }

        private void Grow()
        {
            var larger = new Word?[slots.Length * 2];
            foreach (var word in slots)
            {
                if (word is not null)
                    Place(larger, word, Hash(word.Text));
            }
            slots = larger;
        }

        private static void Place(Word?[] into, Word word, int hash)
        {
            var mask = into.Length - 1;
            var i = hash & mask;
            while (into[i] is not null)
                i = (i + 1) & mask;
            into[i] = word;
        }
    }
}
