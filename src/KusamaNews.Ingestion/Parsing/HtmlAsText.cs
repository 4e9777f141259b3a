using Markdig;
using Markdig.Syntax;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>
/// Parses an HTML block that holds a tag not allowed again with raw HTML off, as every block was
/// before editors' tags were allowed: its tags become text, its Markdown is read as Markdown, and
/// the blocks take its place, on its lines.
/// </summary>
internal sealed class HtmlAsText(MarkdownPipeline pipeline)
{
    private readonly MarkdownPipeline textOnly = IssueMarkdown.CreateTextOnlyPipeline(pipeline.MaximumNestingDepth);

    public void Replace(HtmlBlock block, string text)
    {
        var parent = block.Parent!;
        var at = parent.IndexOf(block);
        parent.RemoveAt(at);
        var fragment = Markdown.Parse(text, textOnly);
        // The fragment's lines count from the block's first line, and a top-level block's text is its source's.
        foreach (var item in fragment.Descendants())
            Shift(item, block.Line, block.Span.Start);
        foreach (var child in fragment.ToList())
        {
            fragment.Remove(child);
            parent.Insert(at++, child);
        }
    }

    private static void Shift(MarkdownObject item, int lines, int offset)
    {
        item.Line += lines;
        item.Span = new SourceSpan(item.Span.Start + offset, item.Span.End + offset);
    }
}
