// Hot path: Repair, for every issue file; docs/PERFORMANCE.md, "JIT settings": the hot ingestion methods marked AggressiveOptimization took a full build from 6.7 to 5.97 s; benchmark before you change this.
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using KusamaNews.Ingestion.Diagnostics;

namespace KusamaNews.Ingestion.Text;

/// <summary>
/// Repairs text whose UTF-8 bytes were once read as Windows-1252 or Mac Roman and written back
/// as UTF-8: <c>â€™</c> becomes <c>’</c>, <c>‚Äù</c> becomes <c>”</c>, <c>Ã©</c> becomes <c>é</c>.
/// </summary>
/// <remarks>
/// A run of characters is repaired only when, mapped back to bytes in one of the two code pages,
/// it forms one well-formed UTF-8 sequence that decodes to a character that such text plausibly
/// held. Mac Roman maps ordinary punctuation (– — “ ”) to UTF-8 lead bytes, so its two-byte
/// results are limited to Latin letters; otherwise "—é" in real prose would turn into Cyrillic.
/// </remarks>
internal static class MojibakeRepair
{
    private static readonly CodePage[] CodePages =
    [
        new("Windows-1252", 1252, AllowGreekAndCyrillic: true),
        new("Mac Roman", 10000, AllowGreekAndCyrillic: false),
    ];

    // Double mojibake (repaired text that was mangled again) unwinds one layer a pass.
    private const int MaxPasses = 3;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot in a full ingestion, which ends before tiering gets here (docs/PERFORMANCE.md)
    public static string Repair(string text, DiagnosticBag diagnostics)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\x7F'))
            return text;

        var lines = text.Split('\n');
        var changed = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!line.AsSpan().ContainsAnyExceptInRange('\0', '\x7F'))
                continue;

            string? firstFrom = null, firstTo = null, codePage = null;
            var repairs = 0;
            for (var pass = 0; pass < MaxPasses; pass++)
            {
                var repaired = RepairLine(line, ref firstFrom, ref firstTo, ref codePage, ref repairs);
                if (repaired == line)
                    break;
                line = repaired;
            }

            if (repairs == 0)
                continue;
            lines[i] = line;
            changed = true;
            var more = repairs > 1 ? string.Create(CultureInfo.InvariantCulture, $" and {repairs - 1} more") : "";
            diagnostics.Warn(i + 1, $"repaired mojibake \"{firstFrom}\" -> \"{firstTo}\"{more} (UTF-8 read as {codePage})");
        }

        return changed ? string.Join('\n', lines) : text;
    }

    private static string RepairLine(string line, ref string? firstFrom, ref string? firstTo, ref string? codePageName, ref int repairs)
    {
        StringBuilder? output = null;
        var copiedUpTo = 0;
        Span<byte> sequence = stackalloc byte[4];

        for (var i = 0; i < line.Length; i++)
        {
            foreach (var codePage in CodePages)
            {
                if (!codePage.TryDecodeAt(line, i, sequence, out var length, out var decoded))
                    continue;

                output ??= new StringBuilder(line.Length);
                output.Append(line, copiedUpTo, i - copiedUpTo).Append(decoded);
                if (repairs++ == 0)
                {
                    firstFrom = line.Substring(i, length);
                    firstTo = decoded;
                    codePageName = codePage.Name;
                }
                i += length - 1;
                copiedUpTo = i + 1;
                break;
            }
        }

        if (output is null)
            return line;
        return output.Append(line, copiedUpTo, line.Length - copiedUpTo).ToString();
    }

    private sealed class CodePage
    {
        private readonly Dictionary<char, byte> highBytes = [];
        private readonly bool allowGreekAndCyrillic;

        public CodePage(string name, int codePage, bool AllowGreekAndCyrillic)
        {
            Name = name;
            allowGreekAndCyrillic = AllowGreekAndCyrillic;
            var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;
            for (var b = 0x80; b <= 0xFF; b++)
                highBytes.TryAdd(encoding.GetString([(byte)b])[0], (byte)b);
        }

        public string Name { get; }

        public bool TryDecodeAt(string line, int start, Span<byte> bytes, out int length, out string decoded)
        {
            length = 0;
            decoded = "";
            if (!highBytes.TryGetValue(line[start], out var lead) || lead < 0xC2 || lead > 0xF4)
                return false;

            length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            if (start + length > line.Length)
                return false;

            bytes[0] = lead;
            for (var k = 1; k < length; k++)
            {
                if (!highBytes.TryGetValue(line[start + k], out var continuation) || continuation > 0xBF)
                    return false;
                bytes[k] = continuation;
            }

            if (Rune.DecodeFromUtf8(bytes[..length], out var rune, out var consumed) != System.Buffers.OperationStatus.Done
                || consumed != length || !IsPlausible(rune, length))
                return false;

            decoded = rune.ToString();
            return true;
        }

        private bool IsPlausible(Rune rune, int length)
        {
            var value = rune.Value;
            return length switch
            {
                2 => value is >= 0xA0 and <= 0x17F || (allowGreekAndCyrillic && value is >= 0x370 and <= 0x4FF),
                3 => value is not (>= 0xE000 and <= 0xF8FF) && value < 0xFFFE,
                _ => value < 0xF0000,
            };
        }
    }
}
