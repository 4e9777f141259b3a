using System.Text.RegularExpressions;
using KusamaNews.Ingestion.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>
/// Raw HTML in an issue is never passed through (the pipeline has DisableHtml); it is shown as the
/// text it is. Editors are told where, once a line, so a stray tag does not go unnoticed.
/// </summary>
internal static partial class RawHtml
{
    /// <param name="inlines">Every inline of the document (<see cref="MarkdownWalker"/>).</param>
    public static void Report(IEnumerable<Inline> inlines, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<int>();
        foreach (var literal in inlines.OfType<LiteralInline>())
        {
            var line = literal.Line + 1;
            if (!reported.Contains(line) && Tag().IsMatch(literal.Content.AsSpan()))
            {
                reported.Add(line);
                diagnostics.Warn(line, "raw HTML is shown as text, not as markup");
            }
        }
    }

    // A whole opening, closing or self-closing tag, or a comment: "<script>", "</div>", "<img src=x>",
    // "<br/>", "<!--". Prose such as "x<y" or "a < b" is not a tag.
    [GeneratedRegex(@"<(/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>|!--)", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
