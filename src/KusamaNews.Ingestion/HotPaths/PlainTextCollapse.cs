// Hot path: docs/PERFORMANCE.md, "Plain text in one pass" (ed3cd51): the loop's profile samples halved (1,211 -> 589), parsing a quarter of the corpus 218 -> 160 MB allocated, full ingestions 0.966 of before; benchmark before you change this.
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace KusamaNews.Ingestion.HotPaths;

/// <summary>A section's rendered plain text made into the text the archive keeps, and its words counted, in one pass.</summary>
internal static class PlainTextCollapse
{
    /// <summary>
    /// The text's lines, each trimmed and its whitespace collapsed, blank lines left out: what
    /// splitting on '\n', trimming, dropping the empty and collapsing each would give, in one pass,
    /// which also counts the words: whitespace-separated tokens that hold at least one letter or
    /// digit ("–" is not a word). Written into a pooled buffer (the result is never longer than the
    /// text): every section's plain text passes through here, and through nothing else to be counted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot in a full ingestion, which ends before tiering gets here (docs/PERFORMANCE.md)
    public static string CollapseLines(StringBuilder text, out int words)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        text.CopyTo(0, buffer, text.Length);
        var chars = buffer.AsSpan(0, text.Length);
        var length = chars.ContainsAnyExceptInRange('\0', '\x7F')
            ? CollapseInPlace<AnyText>(chars, AsciiKinds, out words)
            : CollapseInPlace<AsciiText>(chars, AsciiKinds, out words);
        var collapsed = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return collapsed;
    }

    // One loop over one span, its state in locals the JIT keeps in registers: specialised for
    // ASCII text, the common case, it makes no call, not even the check that the class's statics
    // are initialised (hence the table as an argument), which would put them on the stack. In place,
    // as the text written never passes the text read: a separator is owed only for whitespace read
    // and not written.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CollapseInPlace<TText>(Span<char> chars, Kind[] asciiKinds, out int words)
        where TText : struct, ICharacters
    {
        var length = 0;
        var count = 0;
        var owed = '\0'; // the separator before the next text: '\n', ' ' or none
        bool lineHasText = false, tokenCounted = false;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            var kind = TText.KindOf(c, asciiKinds);
            if (kind == Kind.Space)
            {
                if (lineHasText)
                    owed = c == '\n' ? '\n' : ' ';
                if (c == '\n')
                    lineHasText = false;
                tokenCounted = false;
                continue;
            }
            if (kind == Kind.Word && !tokenCounted)
            {
                count++;
                tokenCounted = true;
            }
            if (owed != '\0')
            {
                chars[length++] = owed;
                owed = '\0';
            }
            chars[length++] = c;
            lineHasText = true;
        }
        words = count;
        return length;
    }

    private interface ICharacters
    {
        static abstract Kind KindOf(char c, Kind[] asciiKinds);
    }

    private readonly struct AsciiText : ICharacters
    {
        public static Kind KindOf(char c, Kind[] asciiKinds) => asciiKinds[c];
    }

    private readonly struct AnyText : ICharacters
    {
        public static Kind KindOf(char c, Kind[] asciiKinds) =>
            c < 128 ? asciiKinds[c] : char.IsWhiteSpace(c) ? Kind.Space : char.IsLetterOrDigit(c) ? Kind.Word : Kind.Other;
    }

    private enum Kind : byte
    {
        Other,
        Space,
        Word,
    }

    // ASCII, most of the text, by one lookup: the same answers as the Unicode checks for the rest.
    private static readonly Kind[] AsciiKinds = [.. Enumerable.Range(0, 128).Select(c =>
        char.IsWhiteSpace((char)c) ? Kind.Space : char.IsLetterOrDigit((char)c) ? Kind.Word : Kind.Other)];
}
