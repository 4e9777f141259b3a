using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using KusamaNews.Ingestion.Analysis;

namespace KusamaNews.Web.Site.Text;

/// <summary>
/// Text from FTS5's highlight() and snippet() with the matches between two control characters,
/// which ingestion removes from every issue, so they cannot come from the text itself.
/// </summary>
public static class MarkedText
{
    public const char Open = '\u0002';
    public const char Close = '\u0003';

    // As the pages encode: what HTML needs escaped, not every letter outside ASCII.
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The text HTML-escaped, each match in &lt;mark&gt;: only the tags are ours.</summary>
    public static string ToHtml(string? marked)
    {
        if (string.IsNullOrEmpty(marked))
            return "";
        var html = new StringBuilder(marked.Length + 32);
        var inMark = false;
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            var c = i < marked.Length ? marked[i] : Close;
            if (c is not (Open or Close))
                continue;
            html.Append(Encoder.Encode(marked[start..i]));
            start = i + 1;
            if (c == Open && !inMark)
                html.Append("<mark>");
            else if (c == Close && inMark)
                html.Append("</mark>");
            inMark = c == Open;
        }
        return html.ToString();
    }

    /// <summary>The distinct words inside the marks (the search index's tokens, as written), in order of appearance: what a page can highlight again.</summary>
    public static IEnumerable<string> MatchedWords(string? marked)
    {
        if (string.IsNullOrEmpty(marked))
            yield break;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var start = marked.IndexOf(Open, StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = marked.IndexOf(Close, start + 1);
            if (end < 0)
                yield break;
            var inside = marked[(start + 1)..end];
            foreach (var token in Tokenizer.Tokens(inside))
            {
                var word = token.In(inside);
                if (seen.Add(word))
                    yield return word;
            }
            start = marked.IndexOf(Open, end + 1);
        }
    }
}
