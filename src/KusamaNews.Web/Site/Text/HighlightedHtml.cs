using System.Net;
using System.Text;
using KusamaNews.Ingestion.Analysis;

namespace KusamaNews.Web.Site.Text;

/// <summary>
/// Marks words in a section's stored HTML for ?highlight=: the words FTS5 matched, as the search
/// page passes them, compared token by token as the index compares them (<see cref="Tokenizer"/>:
/// "Kusamá" is "kusama"). Only text between tags changes. The stored HTML is Markdig's output with raw
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
        return Tokenizer.Tokens(text)
            .Where(token => token.Length <= MaxWordLength)
            .Select(token => token.Folded)
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
        var matches = Tokenizer.Tokens(text).Where(token => words.Contains(token.Folded)).ToList();
        if (matches.Count == 0)
        {
            result.Append(encoded);
            return;
        }
        var last = 0;
        foreach (var token in matches)
        {
            result.Append(MarkedText.Encoder.Encode(text[last..token.Start]))
                .Append("<mark>").Append(MarkedText.Encoder.Encode(token.In(text))).Append("</mark>");
            last = token.Start + token.Length;
        }
        result.Append(MarkedText.Encoder.Encode(text[last..]));
    }
}
