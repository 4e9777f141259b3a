// Hot path: the control-character passes (one vectorised scan first, AggressiveOptimization); docs/PERFORMANCE.md, "Each parsing thread's own table of words; control characters found in one pass" (c7b4bfb): the per-character checks had been a twentieth of the parsing threads' samples; benchmark before you change this.
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using KusamaNews.Ingestion.Diagnostics;

namespace KusamaNews.Ingestion.Text;

/// <summary>
/// Turns an issue file's bytes into the text the parser reads: decoded (UTF-8 with or without
/// BOM, UTF-16/32 with BOM, Windows-1252 as the fallback for bytes that are not UTF-8), line
/// endings normalised to LF, mojibake repaired and control characters removed.
/// </summary>
public static class SourceDecoder
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    // Below this share of control characters a file is text with a few stray bytes; above it, it is binary.
    private const double BinaryControlShare = 0.02;

    public static string? Decode(ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        var text = DecodeBytes(bytes, diagnostics);
        if (text is null)
            return null;

        text = NormaliseLineEndings(text);
        // Binary data is refused before repair, which would otherwise "repair" its noise.
        if (LooksBinary(text, diagnostics))
            return null;
        text = MojibakeRepair.Repair(text, diagnostics);
        return RemoveControlCharacters(text, diagnostics);
    }

    private static string? DecodeBytes(ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeUtf8(bytes[3..], diagnostics);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return DecodeStrict(new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), bytes[4..], "UTF-32", diagnostics);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
            return DecodeStrict(new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), bytes[4..], "UTF-32", diagnostics);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return DecodeStrict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], "UTF-16", diagnostics);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return DecodeStrict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], "UTF-16", diagnostics);
        return DecodeUtf8(bytes, diagnostics);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
                return new string(buffer, 0, charsWritten);

            diagnostics.Warn(LineAt(bytes, bytesRead), "the file is not valid UTF-8; it was read as Windows-1252");
            return Windows1252.GetString(bytes);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string? DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string name, DiagnosticBag diagnostics)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            diagnostics.Error(1, $"the file starts with a {name} byte order mark but is not valid {name} ({ex.Message.TrimEnd('.')})");
            return null;
        }
    }

    private static string NormaliseLineEndings(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    /// <summary>Text has next to no C0 control characters (C1 ones may be mojibake, so they do not count here).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot in a full ingestion, which ends before tiering gets here (docs/PERFORMANCE.md)
    private static bool LooksBinary(string text, DiagnosticBag diagnostics)
    {
        if (!text.AsSpan().ContainsAny(Suspicious))
            return false;
        var controls = 0;
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < ' ' && c is not ('\t' or '\n' or '\0')) || c == '\x7F')
            {
                controls++;
                if (first < 0)
                    first = i;
            }
        }
        if (controls <= text.Length * BinaryControlShare)
            return false;
        diagnostics.Error(LineAt(text, first), "the file looks like binary data, not text");
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot in a full ingestion, which ends before tiering gets here (docs/PERFORMANCE.md)
    private static string RemoveControlCharacters(string text, DiagnosticBag diagnostics)
    {
        if (!text.AsSpan().ContainsAny(Suspicious))
            return text;
        var firstNul = -1;
        var firstControl = -1;
        int nuls = 0, controls = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                nuls++;
                if (firstNul < 0) firstNul = i;
            }
            else if (IsStrayControl(c))
            {
                controls++;
                if (firstControl < 0) firstControl = i;
            }
        }

        if (nuls == 0 && controls == 0)
            return text;

        if (nuls > 0)
            diagnostics.Warn(LineAt(text, firstNul), $"{nuls} NUL character(s) removed");
        if (controls > 0)
            diagnostics.Warn(LineAt(text, firstControl), $"{controls} control character(s) removed");

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c != '\0' && !IsStrayControl(c))
                builder.Append(c);
        }
        return builder.ToString();
    }

    // Every character either check above looks at (LooksBinary's are among them): NUL and the stray
    // controls. Most files have none, found in one vectorised pass instead of a test per character
    // in each check. Derived from IsStrayControl, so the two cannot drift apart.
    private static readonly SearchValues<char> Suspicious = SearchValues.Create(
        [.. Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(c => c == '\0' || IsStrayControl(c))]);

    // Tab and LF are text; every other C0/C1 control, DEL and the noncharacters have no place in
    // an issue (and are not even allowed in the XML of a feed).
    private static bool IsStrayControl(char c) =>
        (c < ' ' && c != '\t' && c != '\n' && c != '\0') || (c >= '\x7F' && c <= '\x9F') || c == '\uFFFE' || c == '\uFFFF';

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) =>
        bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;

    private static int LineAt(string text, int index) =>
        text.AsSpan(0, index).Count('\n') + 1;
}
