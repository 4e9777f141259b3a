using System.Globalization;

namespace KusamaNews.Ingestion.Analysis;

/// <summary>
/// Each character as the search index's tokenizer sees it (FTS5's unicode61 with remove_diacritics
/// 2), by SQLite's own tables (<see cref="Unicode61Tables"/>): a token character, folded to lower
/// case without its diacritic; a diacritic, which belongs to the token before it and is dropped; or
/// a separator. SQLite's tables are older than .NET's Unicode: a code point they do not assign is a
/// token character (as 🥑 is), and only letters that decompose to ASCII lose their diacritics.
/// </summary>
internal static class Unicode61
{
    public const char Separator = '\0';

    /// <summary>A diacritic: it continues a token and folds to nothing (U+FFFF is a separator, so the value is free).</summary>
    public const char Dropped = '\uFFFF';

    /// <summary>Every UTF-16 unit of the BMP: its fold as a token character, <see cref="Separator"/> or <see cref="Dropped"/>; surrogates separate.</summary>
    public static readonly char[] Bmp = BmpTable();

    private static readonly (int First, int Last)[] SupplementaryTokens =
        [.. Ranges(Unicode61Tables.TokenCharacters).Where(range => range.Last > 0xFFFF).Select(range => (Math.Max(range.First, 0x10000), range.Last))];

    private static readonly (int First, int Last, int Step, int Delta, int To)[] SupplementaryFolds =
        [.. Entries(Unicode61Tables.Folds).Select(Fold).Where(fold => fold.First > 0xFFFF)];

    private static char[] BmpTable()
    {
        var table = new char[0x10000];
        foreach (var (first, last) in Ranges(Unicode61Tables.TokenCharacters))
        {
            for (var c = first; c <= Math.Min(last, 0xFFFF); c++)
                table[c] = (char)c;
        }
        foreach (var (first, last) in Ranges(Unicode61Tables.Diacritics))
        {
            for (var c = first; c <= last; c++)
                table[c] = Dropped;
        }
        foreach (var fold in Entries(Unicode61Tables.Folds).Select(Fold).Where(fold => fold.Last <= 0xFFFF))
        {
            for (var c = fold.First; c <= fold.Last; c += fold.Step)
                table[c] = (char)(fold.To >= 0 ? fold.To : c + fold.Delta);
        }
        return table;
    }

    /// <summary>What a code point beyond the BMP folds to as a token character, or -1 when it separates.</summary>
    public static int FoldSupplementary(int codePoint)
    {
        var (lo, hi) = (0, SupplementaryTokens.Length - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (codePoint < SupplementaryTokens[mid].First)
                hi = mid - 1;
            else if (codePoint > SupplementaryTokens[mid].Last)
                lo = mid + 1;
            else
                return Folded(codePoint);
        }
        return -1;
    }

    private static int Folded(int codePoint)
    {
        foreach (var (first, last, step, delta, to) in SupplementaryFolds)
        {
            if (codePoint >= first && codePoint <= last && (codePoint - first) % step == 0)
                return to >= 0 ? to : codePoint + delta;
        }
        return codePoint;
    }

    private static string[] Entries(string table) => table.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<(int First, int Last)> Ranges(string table) => Entries(table).Select(Range);

    /// <summary>"X" or "X-Y", hex.</summary>
    private static (int First, int Last) Range(string entry)
    {
        var dash = entry.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? (Hex(entry), Hex(entry)) : (Hex(entry[..dash]), Hex(entry[(dash + 1)..]));
    }

    /// <summary>"X-Y:+D" (each by D), "X-Y/2:-D" (every second one), "X-Y=T" (each to T); a single code point without "-Y".</summary>
    private static (int First, int Last, int Step, int Delta, int To) Fold(string entry)
    {
        var split = entry.IndexOfAny([':', '=']);
        var range = entry[..split];
        var step = range.EndsWith("/2", StringComparison.Ordinal) ? 2 : 1;
        var (first, last) = Range(step == 2 ? range[..^2] : range);
        var value = entry[(split + 1)..];
        return entry[split] == '='
            ? (first, last, step, 0, Hex(value))
            : (first, last, step, value[0] == '-' ? -Hex(value[1..]) : Hex(value[1..]), -1);
    }

    private static int Hex(string digits) => int.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
