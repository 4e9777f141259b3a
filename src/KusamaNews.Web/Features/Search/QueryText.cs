using System.Text;

namespace KusamaNews.Web.Features.Search;

/// <summary>What a reader typed, as it is searched: NFKC, spaces for control characters, one space between words, capped.</summary>
internal static class QueryText
{
    public static string Normalise(string? input)
    {
        if (string.IsNullOrEmpty(input))
            return "";
        // NFKC can only grow a string so far; bound the work before it, and cap again after.
        var raw = input.Length > ParsedQuery.MaxLength * 4 ? input[..(ParsedQuery.MaxLength * 4)] : input;
        var clean = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                clean.Append(c).Append(raw[++i]);
            }
            else if (char.IsSurrogate(c) || IsNoncharacter(c))
            {
                clean.Append('\uFFFD'); // a lone half of a pair, or a noncharacter: Normalize throws on both
            }
            else
            {
                clean.Append(char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        string normalised;
        try
        {
            normalised = clean.ToString().Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Anything else ICU refuses (found by HostileRequestTests): search the text as typed.
            normalised = clean.ToString();
        }
        var collapsed = string.Join(' ', normalised.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length > ParsedQuery.MaxLength)
        {
            var cut = char.IsHighSurrogate(collapsed[ParsedQuery.MaxLength - 1]) ? ParsedQuery.MaxLength - 1 : ParsedQuery.MaxLength;
            collapsed = collapsed[..cut].TrimEnd();
        }
        return collapsed;
    }

    private static bool IsNoncharacter(char c) => c is '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF');
}
