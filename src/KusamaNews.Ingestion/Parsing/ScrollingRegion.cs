using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>
/// A table or code block wider than the reading column scrolls inside its own region instead of
/// widening the page: a focusable region (so a keyboard can scroll it) labelled for screen readers
/// ("Table: Name, Version, Notes", "Code: rust"). The CSS is site.css's "Wide tables and code blocks".
/// </summary>
internal static class ScrollingRegion
{
    public const string CssClass = "scrolling-region";
    private const int MaxLabelCells = 4;

    internal sealed class TableRenderer : HtmlTableRenderer
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            if (!renderer.EnableHtmlForBlock)
            {
                WriteText(renderer, table);
                return;
            }
            Open(renderer, TableLabel(table));
            base.Write(renderer, table);
            Close(renderer);
        }
    }

    internal sealed class CodeRenderer : CodeBlockRenderer
    {
        protected override void Write(HtmlRenderer renderer, CodeBlock code)
        {
            if (!renderer.EnableHtmlForBlock)
            {
                base.Write(renderer, code);
                return;
            }
            Open(renderer, code is FencedCodeBlock { Info: { Length: > 0 } language } ? $"Code: {language}" : "Code");
            base.Write(renderer, code);
            Close(renderer);
        }
    }

    // In plain text each cell is a line of its own: not one run of every cell into the next paragraph.
    private static void WriteText(HtmlRenderer renderer, Table table)
    {
        foreach (var cell in table.Descendants<TableCell>())
        {
            renderer.EnsureLine();
            renderer.Write(cell);
        }
        renderer.EnsureLine();
    }

    private static void Open(HtmlRenderer renderer, string label)
    {
        renderer.EnsureLine();
        renderer.Write($"<div class=\"{CssClass}\" role=\"region\" tabindex=\"0\" aria-label=\"").WriteEscape(label).WriteLine("\">");
    }

    private static void Close(HtmlRenderer renderer)
    {
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }

    // The header row's first cells, as a reader reads them.
    private static string TableLabel(Table table)
    {
        var header = table.OfType<TableRow>().FirstOrDefault(row => row.IsHeader);
        var cells = header?.OfType<TableCell>()
            .Select(cell => InlineText.Of(cell.OfType<ParagraphBlock>().FirstOrDefault()?.Inline))
            .Where(text => text.Length > 0)
            .ToList() ?? [];
        if (cells.Count == 0)
            return "Table";
        var shown = string.Join(", ", cells.Take(MaxLabelCells));
        return cells.Count > MaxLabelCells ? $"Table: {shown}, …" : $"Table: {shown}";
    }
}
