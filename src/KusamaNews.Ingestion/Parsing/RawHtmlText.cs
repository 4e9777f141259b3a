using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>
/// An editor's raw HTML kept as markup (<see cref="RawHtml"/>) written as Markdig writes it in HTML,
/// and in plain text (search, excerpts, feeds' summaries) as what a reader sees of it: the text of an
/// HTML block without its tags and comments, and a space for a line break.
/// </summary>
internal static class RawHtmlText
{
    internal sealed class BlockRenderer : HtmlBlockRenderer
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block)
        {
            if (renderer.EnableHtmlForBlock)
            {
                base.Write(renderer, block);
                return;
            }
            renderer.EnsureLine();
            renderer.WriteLine(TextOf(block.Lines.ToString()));
        }
    }

    internal sealed class InlineRenderer : HtmlInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline html)
        {
            if (renderer.EnableHtmlForInline)
                base.Write(renderer, html);
            else if (HtmlTags.NameOf(html.Tag) is { } name && name.Equals("br", StringComparison.OrdinalIgnoreCase))
                renderer.Write(' ');
        }
    }

    private static string TextOf(string html)
    {
        // A space for each tag, so that "a<br>b" stays two words; plain text is collapsed afterwards.
        return WebUtility.HtmlDecode(HtmlTags.Markup().Replace(html, " "));
    }
}
