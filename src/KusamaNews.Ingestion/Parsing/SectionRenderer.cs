using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>Renders a section's blocks, parsed once with the whole issue, to HTML and to plain text.</summary>
internal sealed class SectionRenderer(MarkdownPipeline pipeline)
{
    public string Html(IReadOnlyList<Block> blocks)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        foreach (var block in blocks)
            renderer.Render(block);
        writer.Flush();
        return writer.ToString().Trim();
    }

    /// <summary>The text a reader reads, one line a paragraph, list item or code line: for search, excerpts and word counts.</summary>
    public string PlainText(IReadOnlyList<Block> blocks)
    {
        using var writer = new StringWriter();
        // Markdig's own plain-text rendering (Markdown.ToPlainText) is an HtmlRenderer with HTML switched off.
        var renderer = new HtmlRenderer(writer)
        {
            EnableHtmlForBlock = false,
            EnableHtmlForInline = false,
            EnableHtmlEscape = false,
        };
        pipeline.Setup(renderer);
        foreach (var block in blocks)
            renderer.Render(block);
        writer.Flush();

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join('\n', lines.Select(InlineText.CollapseWhitespace));
    }
}
