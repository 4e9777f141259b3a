using KusamaNews.Ingestion.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>
/// Neutralises links and images whose URL the <see cref="UrlPolicy"/> refuses. Markdig's
/// <c>DisableHtml()</c> escapes raw HTML but still renders <c>[x](javascript:…)</c> and
/// <c>![x](data:…)</c>, so the tree is walked before rendering: a refused link keeps its text,
/// a refused image becomes its alt text.
/// </summary>
internal static class LinkSanitizer
{
    public static void Sanitize(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (UrlPolicy.IsAllowed(link.Url))
                continue;
            Report(diagnostics, link, link.IsImage ? "image" : "link", link.Url);
            if (link.IsImage)
            {
                link.ReplaceBy(new LiteralInline(InlineText.Of(link)), copyChildren: false);
                continue;
            }
            while (link.FirstChild is { } child)
            {
                child.Remove();
                link.InsertBefore(child);
            }
            link.Remove();
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (autolink.IsEmail || UrlPolicy.IsAllowed(autolink.Url))
                continue;
            Report(diagnostics, autolink, "link", autolink.Url);
            autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
        }
    }

    private static void Report(DiagnosticBag diagnostics, Inline inline, string what, string? url)
    {
        var shown = url is { Length: > 40 } ? url[..40] + "…" : url;
        diagnostics.Warn(inline.Line + 1, $"{what} to \"{shown}\" removed: only http, https, mailto and relative URLs are allowed");
    }
}
