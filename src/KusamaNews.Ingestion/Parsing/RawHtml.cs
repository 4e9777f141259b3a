using KusamaNews.Ingestion.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>
/// What becomes of the raw HTML editors write. Comments are their notes: gone, silently. The
/// harmless tags of <see cref="HtmlTags.Allowed"/> stay markup, and the top-level block holding them
/// is marked, so that its section's HTML goes through <see cref="RawHtmlSanitizer"/> (and no other
/// section does). Any other tag is shown as the text it is, as before, with a warning when it is a
/// tag HTML has: "Vec&lt;T&gt;" is an editor's text, not a mistake to report.
/// </summary>
internal static class RawHtml
{
    private static readonly object HeldKey = new();

    /// <summary>Whether raw HTML could be in the text at all: a file without a '&lt;' skips every step here.</summary>
    public static bool MayBeIn(string text) => text.Contains('<', StringComparison.Ordinal);

    /// <summary>Whether a section's top-level block holds an editor's tag kept as markup.</summary>
    public static bool IsHeldIn(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.GetData(HeldKey) is not null)
                return true;
        }
        return false;
    }

    /// <param name="inlines">Every inline of the document (<see cref="MarkdownWalker"/>).</param>
    public static void FilterInlines(List<Inline> inlines, DiagnosticBag diagnostics)
    {
        var warned = new HashSet<int>();
        foreach (var html in inlines.OfType<HtmlInline>())
        {
            var tag = html.Tag;
            if (tag.StartsWith("<!--", StringComparison.Ordinal))
            {
                html.Remove();
                continue;
            }
            var line = html.Line + 1;
            var name = HtmlTags.NameOf(tag);
            if (name is not null && HtmlTags.IsAllowed(name))
            {
                WarnOfAttributes(tag, name, line, diagnostics);
                Mark(TopLevel(html));
                continue;
            }
            html.ReplaceBy(new LiteralInline(tag) { Line = html.Line, Column = html.Column, Span = html.Span }, copyChildren: false);
            if ((name is null || HtmlTags.ReadsAsHtml(name)) && warned.Add(line))
                diagnostics.Warn(line, $"raw HTML {Shown(tag)} is shown as text, not as markup");
        }
    }

    /// <summary>Keeps an HTML block as markup when its tags are all allowed; else parses it again as text (as with raw HTML off).</summary>
    public static void FilterBlocks(MarkdownDocument document, HtmlAsText asText, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants<HtmlBlock>().ToList())
        {
            var text = block.Lines.ToString();
            var refused = RawHtmlBlock.FirstRefusedTag(text, out var comments);
            if (refused is null)
            {
                if (RawHtmlBlock.IsOnlyComments(text, comments))
                    block.Parent!.Remove(block);
                else
                {
                    RawHtmlBlock.WarnOfAttributes(text, block.Line + 1, diagnostics);
                    Mark(TopLevel(block));
                }
                continue;
            }
            if (refused.Value.ReadsAsHtml)
                diagnostics.Warn(block.Line + 1 + refused.Value.LineInBlock, $"raw HTML {Shown(refused.Value.Tag)} is shown as text, not as markup");
            asText.Replace(block, RawHtmlBlock.WithoutComments(text, comments));
        }
    }

    internal static void WarnOfAttributes(string tag, string name, int line, DiagnosticBag diagnostics)
    {
        foreach (var attribute in HtmlTags.AttributeNames(tag))
        {
            if (!HtmlTags.AllowedAttributes.Contains(attribute))
                diagnostics.Warn(line, $"the {attribute} attribute of <{name}> was left out: an editor's tag keeps only title and open");
        }
    }

    private static void Mark(Block block) => block.SetData(HeldKey, true);

    private static Block TopLevel(Inline inline)
    {
        var container = inline.Parent!;
        while (container.Parent is { } parent)
            container = parent;
        return TopLevel(container.ParentBlock!);
    }

    private static Block TopLevel(Block block)
    {
        while (block.Parent is { } parent and not MarkdownDocument)
            block = parent;
        return block;
    }

    private static string Shown(string tag) => tag.Length > 40 ? tag[..40] + "…" : tag;
}
