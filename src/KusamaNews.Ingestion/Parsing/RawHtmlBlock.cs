using System.Text;
using System.Text.RegularExpressions;
using KusamaNews.Ingestion.Diagnostics;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>Reads the text of an HTML block as a browser would: its comments, and its tags in order.</summary>
internal static class RawHtmlBlock
{
    public readonly record struct RefusedTag(string Tag, bool ReadsAsHtml, int LineInBlock);

    /// <returns>The first tag of the block that is not allowed (or a "&lt;!…" or "&lt;?…"), or null; and the block's comments.</returns>
    public static RefusedTag? FirstRefusedTag(string text, out List<Match> comments)
    {
        comments = [];
        foreach (Match markup in HtmlTags.Scan(text))
        {
            if (markup.Groups["comment"].Success)
            {
                comments.Add(markup);
                continue;
            }
            var name = markup.Groups["name"];
            if (!name.Success || !HtmlTags.IsAllowed(name.Value))
                return new RefusedTag(markup.Value, !name.Success || HtmlTags.ReadsAsHtml(name.Value), text.AsSpan(0, markup.Index).Count('\n'));
        }
        return null;
    }

    public static bool IsOnlyComments(string text, List<Match> comments) =>
        comments.Count > 0 && string.IsNullOrWhiteSpace(WithoutComments(text, comments));

    public static string WithoutComments(string text, List<Match> comments)
    {
        if (comments.Count == 0)
            return text;
        var kept = new StringBuilder(text.Length);
        var at = 0;
        foreach (var comment in comments)
        {
            kept.Append(text, at, comment.Index - at);
            // The comment's line breaks stay, so that the lines after it keep their numbers.
            kept.Append('\n', text.AsSpan(comment.Index, comment.Length).Count('\n'));
            at = comment.Index + comment.Length;
        }
        return kept.Append(text, at, text.Length - at).ToString();
    }

    public static void WarnOfAttributes(string text, int firstLine, DiagnosticBag diagnostics)
    {
        foreach (Match markup in HtmlTags.Scan(text))
        {
            if (markup.Groups["name"] is { Success: true } name)
                RawHtml.WarnOfAttributes(markup.Value, name.Value, firstLine + text.AsSpan(0, markup.Index).Count('\n'), diagnostics);
        }
    }
}
