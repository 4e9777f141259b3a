using System.Globalization;
using System.Net;
using System.Text;

namespace KusamaNews.Web.Site.Text;

/// <summary>
/// Marks words in a section's stored HTML for ?highlight=: the words FTS5 matched, as the search
/// page passes them. Only text between tags changes. The stored HTML is Markdig's output with raw
/// HTML disabled, so every '&lt;' in it opens a tag and every '&gt;' closes one (text and attribute
/// values are escaped); matched text is decoded, compared, and escaped again around the marks.
/// </summary>
public static class HighlightedHtml
{
    public const int MaxWords = 16;
    public const int MaxWordLength = 64;

    /// <summary>The words of a ?highlight= value, normalised for comparison; at most <see cref="MaxWords"/>.</summary>
    public static IReadOnlySet<string> ParseWords(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return new HashSet<string>();
        var text = value.Length > MaxWords * MaxWordLength ? value[..(MaxWords * MaxWordLength)] : value;
        return MarkedText.Words(text)
            .Where(word => word.Length <= MaxWordLength)
            .Select(Fold)
            .Where(word => word.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxWords)
            .ToHashSet(StringComparer.Ordinal);
    }

    public static string Mark(string html, IReadOnlySet<string> words)
    {
        if (words.Count == 0 || html.Length == 0)
            return html;
        var result = new StringBuilder(html.Length + 64);
        var i = 0;
        while (i < html.Length)
        {
            var tagStart = html.IndexOf('<', i);
            var textEnd = tagStart < 0 ? html.Length : tagStart;
            if (textEnd > i)
                MarkText(html[i..textEnd], words, result);
            if (tagStart < 0)
                break;
            var tagEnd = html.IndexOf('>', tagStart);
            tagEnd = tagEnd < 0 ? html.Length - 1 : tagEnd;
            result.Append(html, tagStart, tagEnd - tagStart + 1);
            i = tagEnd + 1;
        }
        return result.ToString();
    }

    private static void MarkText(string encoded, IReadOnlySet<string> words, StringBuilder result)
    {
        var text = WebUtility.HtmlDecode(encoded);
        var matches = new List<(int Start, int Length)>();
        var position = 0;
        foreach (var word in MarkedText.Words(text))
        {
            var start = text.IndexOf(word, position, StringComparison.Ordinal);
            position = start + word.Length;
            if (words.Contains(Fold(word)))
                matches.Add((start, word.Length));
        }
        if (matches.Count == 0)
        {
            result.Append(encoded);
            return;
        }
        var last = 0;
        foreach (var (start, length) in matches)
        {
            result.Append(MarkedText.Encoder.Encode(text[last..start]))
                .Append("<mark>").Append(MarkedText.Encoder.Encode(text.Substring(start, length))).Append("</mark>");
            last = start + length;
        }
        result.Append(MarkedText.Encoder.Encode(text[last..]));
    }

    /// <summary>Lower case without diacritics, as the index compares words ("Kusamá" is "kusama").</summary>
    public static string Fold(string word)
    {
        string decomposed;
        try
        {
            decomposed = word.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            decomposed = word; // a lone surrogate from a hand-made URL: compare it as it is
        }
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                folded.Append(char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }
}
