using KusamaNews.Ingestion.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>
/// Neutralises links and images whose URL the <see cref="UrlPolicy"/> refuses. Markdig's
/// <c>DisableHtml()</c> escapes raw HTML but still renders <c>[x](javascript:…)</c> and
/// <c>![x](data:…)</c>, so the tree is walked before rendering: a refused link keeps its text,
/// a refused image becomes its alt text. Then the tree is walked again, as the renderer will walk
/// it, and anything unsafe that is left fails the file rather than reaching a reader.
/// </summary>
internal static class LinkSanitizer
{
    /// <returns>Every inline of the document as it is now, in the order the renderer meets them.</returns>
    public static List<Inline> Sanitize(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        // Every link is found before the tree changes, and the innermost are handled first, so that
        // nothing is touched after an outer link has moved it (an autolink in a link's text).
        var inlines = MarkdownWalker.Inlines(document);
        var changed = false;
        for (var i = inlines.Count - 1; i >= 0; i--)
        {
            switch (inlines[i])
            {
                case LinkInline link when IsRefused(link):
                    Report(diagnostics, link, link.IsImage ? "image" : "link", link.Url);
                    Neutralise(link);
                    changed = true;
                    break;
                case AutolinkInline autolink when IsRefused(autolink):
                    Report(diagnostics, autolink, "link", autolink.Url);
                    autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
                    changed = true;
                    break;
            }
        }
        if (!changed)
            return inlines; // every link was checked above, and the tree is as it was

        inlines = MarkdownWalker.Inlines(document);
        if (inlines.FirstOrDefault(IsRefused) is { } left)
            throw new InvalidOperationException($"a link that could not be made safe is left on line {left.Line + 1}");
        return inlines;
    }

    private static bool IsRefused(Inline inline) => inline switch
    {
        LinkInline link => !UrlPolicy.IsAllowed(link.Url),
        AutolinkInline autolink => !autolink.IsEmail && !UrlPolicy.IsAllowed(autolink.Url),
        _ => false,
    };

    private static void Neutralise(LinkInline link)
    {
        if (link.IsImage)
        {
            link.ReplaceBy(new LiteralInline(InlineText.Of(link)), copyChildren: false);
            return;
        }
        while (link.FirstChild is { } child)
        {
            child.Remove();
            link.InsertBefore(child);
        }
        link.Remove();
    }

    private static void Report(DiagnosticBag diagnostics, Inline inline, string what, string? url)
    {
        var shown = url is { Length: > 40 } ? url[..40] + "…" : url;
        diagnostics.Warn(inline.Line + 1, $"{what} to \"{shown}\" removed: only {UrlPolicy.Described} are allowed");
    }
}
