using System.Globalization;
using System.Text;

namespace KusamaNews.Ingestion.Tests.Analysis;

/// <summary>
/// Every code point as SQLite's own tokenizer treats it, asked of it: a token character (and what it
/// folds to), a diacritic (it belongs to the token it follows and cannot start one), or a separator.
/// From the answers, the text of Unicode61Tables, in its format.
/// </summary>
internal sealed class Unicode61Probe
{
    private const int Block = 64;

    private readonly bool[] separator = new bool[0x110000];
    private readonly bool[] diacritic = new bool[0x110000];
    private readonly int[] fold = new int[0x110000]; // -1: folds to nothing

    public static Unicode61Probe Run(string tokenizer)
    {
        var probe = new Unicode61Probe();
        probe.ProbeInsideWords(tokenizer);
        probe.ProbeAtTheStartOfWords(tokenizer);
        return probe;
    }

    /// <summary>
    /// "a{c}b": one token "a{fold}b", or "a" and "b" when c separates. A block of code points at once
    /// ("a{c1}{c2}…b") when it comes back one token with a code point for each (a code point folds to
    /// one or none), else each alone. NUL is left out: SQLite ends the text there.
    /// </summary>
    private void ProbeInsideWords(string tokenizer)
    {
        separator[0] = true;
        var blocks = CodePoints(1, 0x10FFFF).Chunk(Block).ToList();
        var terms = Fts5Tokens.Terms([.. blocks.Select(block => $"a{Concat(block)}b")], tokenizer);
        var alone = new List<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var folded = terms[i] is [var only] ? Runes(only) : [];
            if (folded.Length != blocks[i].Length + 2)
            {
                alone.AddRange(blocks[i]);
                continue;
            }
            for (var k = 0; k < blocks[i].Length; k++)
                fold[blocks[i][k]] = folded[k + 1];
        }

        var single = Fts5Tokens.Terms([.. alone.Select(c => $"a{char.ConvertFromUtf32(c)}b")], tokenizer);
        for (var i = 0; i < alone.Count; i++)
        {
            var c = alone[i];
            switch (single[i])
            {
                case ["a", "b"]:
                    separator[c] = true;
                    break;
                case [var only] when Runes(only) is { Length: 2 or 3 } folded:
                    fold[c] = folded.Length == 3 ? folded[1] : -1;
                    break;
                default:
                    throw new InvalidOperationException($"U+{c:X4} inside a word: {string.Join(' ', single[i])}");
            }
        }
    }

    /// <summary>
    /// "-{c}b": "{fold}b" when c starts a token, "b" when it is a diacritic. Every code point of the
    /// BMP that is not a separator, and beyond it the marks: SQLite's diacritics are combining marks.
    /// </summary>
    private void ProbeAtTheStartOfWords(string tokenizer)
    {
        var candidates = CodePoints(1, 0x10FFFF)
            .Where(c => !separator[c] && (c <= 0xFFFF || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            .ToList();
        var terms = Fts5Tokens.Terms([.. candidates.Chunk(4096).Select(chunk => string.Concat(chunk.Select(c => $"-{char.ConvertFromUtf32(c)}b")))], tokenizer);
        var found = terms.SelectMany(t => t).ToList();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (found[i] == "b")
                diacritic[c] = true;
            else if (fold[c] < 0 || found[i] != char.ConvertFromUtf32(fold[c]) + "b")
                throw new InvalidOperationException($"U+{c:X4} at the start of a word: {found[i]}, inside one it folded to {fold[c]:X4}");
        }
    }

    public string TokenCharacters => Wrap(Ranges(c => !separator[c] && !diacritic[c]));

    public string Diacritics => Wrap(Ranges(c => diacritic[c]));

    /// <summary>Runs of code points folded alike: "X-Y:+D" each by D, "X-Y/2:+D" every second one, "X-Y=T" each to T.</summary>
    public string Folds
    {
        get
        {
            var folded = CodePoints(1, 0x10FFFF).Where(c => !separator[c] && !diacritic[c] && fold[c] != c).ToList();
            if (folded.FirstOrDefault(c => fold[c] < 0) is var empty and > 0)
                throw new InvalidOperationException($"U+{empty:X4} is a token character that folds to nothing, which the tables cannot say");
            if (CodePoints(1, 0x10FFFF).FirstOrDefault(c => diacritic[c] && fold[c] >= 0) is var kept and > 0)
                throw new InvalidOperationException($"the diacritic U+{kept:X4} folds to U+{fold[kept]:X4}, which the tables cannot say");
            var runs = new List<string>();
            var set = folded.ToHashSet();
            foreach (var c in folded)
            {
                if (!set.Contains(c))
                    continue;
                var (length, step, text) = new[] { Run(set, c, 1, byDelta: true), Run(set, c, 2, byDelta: true), Run(set, c, 1, byDelta: false) }
                    .MaxBy(run => run.Length);
                for (var k = 0; k < length; k++)
                    set.Remove(c + k * step);
                runs.Add(text);
            }
            return Wrap(runs);
        }
    }

    private (int Length, int Step, string Text) Run(HashSet<int> set, int first, int step, bool byDelta)
    {
        var length = 1;
        while (set.Contains(first + length * step) && (byDelta
            ? fold[first + length * step] - (first + length * step) == fold[first] - first
            : fold[first + length * step] == fold[first]))
            length++;
        var last = first + (length - 1) * step;
        var range = length == 1 ? $"{first:X}" : $"{first:X}-{last:X}{(step == 2 ? "/2" : "")}";
        var delta = fold[first] - first;
        return (length, step, byDelta && length > 1 ? $"{range}:{(delta < 0 ? "-" : "+")}{Math.Abs(delta):X}" : $"{range}={fold[first]:X}");
    }

    private static IEnumerable<string> Ranges(Func<int, bool> member)
    {
        for (var c = 0; c <= 0x10FFFF; c++)
        {
            if (!IsScalar(c) || !member(c))
                continue;
            var last = c;
            while (last < 0x10FFFF && IsScalar(last + 1) && member(last + 1))
                last++;
            yield return last == c ? $"{c:X}" : $"{c:X}-{last:X}";
            c = last;
        }
    }

    /// <summary>Entries a line, as the tables file holds them: within its 120 columns, indented for its raw strings.</summary>
    private static string Wrap(IEnumerable<string> entries)
    {
        var text = new StringBuilder();
        var line = new StringBuilder();
        foreach (var entry in entries)
        {
            if (line.Length > 0 && line.Length + 1 + entry.Length > 100)
            {
                text.Append(line).Append('\n');
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(entry);
        }
        return text.Append(line).ToString();
    }

    private static bool IsScalar(int c) => c is < 0xD800 or > 0xDFFF;

    private static IEnumerable<int> CodePoints(int first, int last) => Enumerable.Range(first, last - first + 1).Where(IsScalar);

    private static string Concat(IEnumerable<int> codePoints) => string.Concat(codePoints.Select(char.ConvertFromUtf32));

    private static int[] Runes(string text) => [.. text.EnumerateRunes().Select(rune => rune.Value)];
}
