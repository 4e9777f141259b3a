// hot path: TagBenchmarks, tagging one issue in 19.6 us, every word of it read here (docs/PERFORMANCE.md); benchmark before you change this.
using System.Runtime.CompilerServices;
using System.Text;

namespace KusamaNews.Ingestion.Analysis;

/// <summary>
/// Text into tokens as the search index's tokenizer makes them, before Porter: FTS5's unicode61
/// with remove_diacritics 2 (Storage/Schema.sql). A token starts at a token character (a letter, a
/// number, private use, a code point SQLite does not know) and runs over token characters and
/// diacritics; anything else separates. Each token is folded as SQLite folds it (<see cref="Unicode61"/>).
/// The one definition of a word: tagging, highlighting, spelling suggestions and topic names use it.
/// </summary>
public ref struct TokenReader
{
    private readonly ReadOnlySpan<char> text;
    private readonly Span<char> folded;
    private readonly char[] bmp;
    private int position;
    private int length;

    /// <param name="buffer">Where each token is folded: as long as the text will always do.</param>
    public TokenReader(ReadOnlySpan<char> text, Span<char> buffer)
    {
        this.text = text;
        folded = buffer;
        bmp = Unicode61.Bmp;
    }

    /// <summary>Where the current token starts in the text (its first token character).</summary>
    public int Start { get; private set; }

    /// <summary>Where it ends: after its last token character or diacritic.</summary>
    public readonly int End => position;

    /// <summary>The current token, folded: lower case, diacritics removed, as the index holds it.</summary>
    public readonly ReadOnlySpan<char> Folded => folded[..length];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot in a full ingestion, which ends before tiering gets here (docs/PERFORMANCE.md)
    public bool Read()
    {
        // Locals, not fields, in the loops: the JIT keeps them in registers.
        var text = this.text;
        var bmp = this.bmp;
        var i = position;
        while (true)
        {
            if (i >= text.Length)
            {
                position = i;
                return false;
            }
            var f = bmp[text[i]];
            if (f is not (Unicode61.Separator or Unicode61.Dropped) || Supplementary(text, i) >= 0)
                break;
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        }

        Start = i;
        var folded = this.folded;
        var length = 0;
        while (i < text.Length)
        {
            var f = bmp[text[i]];
            if (f == Unicode61.Separator)
            {
                if (Supplementary(text, i) is not (>= 0 and var codePoint))
                    break;
                length += new Rune(codePoint).EncodeToUtf16(folded[length..]);
                i += 2;
                continue;
            }
            if (f != Unicode61.Dropped)
                folded[length++] = f;
            i++;
        }
        (position, this.length) = (i, length);
        return true;
    }

    /// <summary>The fold of the code point of the surrogate pair at <paramref name="i"/> when it is a token character, else -1.</summary>
    private static int Supplementary(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            ? Unicode61.FoldSupplementary(char.ConvertToUtf32(text[i], text[i + 1]))
            : -1;
}
