using System.Text;
using KusamaNews.Ingestion.HotPaths;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>Renders a section's blocks, parsed once with the whole issue, to HTML and to plain text.</summary>
internal sealed class SectionRenderer(MarkdownPipeline pipeline)
{
    public string Html(IReadOnlyList<Block> blocks)
    {
        var html = Render(ThreadRenderers.For(pipeline).Html, blocks, Trimmed);
        return RawHtml.IsHeldIn(blocks) ? RawHtmlSanitizer.Clean(html) : html; // only a section with an editor's tags pays for it
    }

    /// <summary>The text a reader reads, one line a paragraph, list item or code line (for search and excerpts), and its words.</summary>
    public (string Text, int Words) PlainText(IReadOnlyList<Block> blocks) =>
        Render(ThreadRenderers.For(pipeline).Plain, blocks, output => (PlainTextCollapse.CollapseLines(output, out var words), words));

    private static T Render<T>(HtmlRenderer renderer, IReadOnlyList<Block> blocks, Func<StringBuilder, T> finish)
    {
        var output = ((StringWriter)renderer.Writer).GetStringBuilder();
        try
        {
            foreach (var block in blocks)
                renderer.Render(block);
            renderer.Writer.Flush();
            return finish(output);
        }
        catch
        {
            ThreadRenderers.Discard(); // a render that threw may leave indents pushed: start afresh
            throw;
        }
        finally
        {
            output.Clear();
            if (output.Capacity > MaxKeptCapacity)
                output.Capacity = MaxKeptCapacity; // not to hold on to the largest section ever rendered
        }
    }

    private const int MaxKeptCapacity = 64 * 1024;

    // The rendered HTML without the whitespace around it, as one string (ToString().Trim() made two).
    private static string Trimmed(StringBuilder output)
    {
        var end = output.Length;
        while (end > 0 && char.IsWhiteSpace(output[end - 1]))
            end--;
        var start = 0;
        while (start < end && char.IsWhiteSpace(output[start]))
            start++;
        return output.ToString(start, end - start);
    }
}
