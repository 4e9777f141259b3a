using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>Renders a section's blocks, parsed once with the whole issue, to HTML and to plain text.</summary>
internal sealed class SectionRenderer(MarkdownPipeline pipeline)
{
    // A new HtmlRenderer registers a renderer object per kind of syntax node, which cost more than
    // the rendering of a typical section: each thread keeps its own pair and resets it before use.
    [ThreadStatic]
    private static ThreadRenderers? perThread;

    public string Html(IReadOnlyList<Block> blocks) => Render(Renderers().Html, blocks, Trimmed);

    /// <summary>The text a reader reads, one line a paragraph, list item or code line (for search and excerpts), and its words.</summary>
    public (string Text, int Words) PlainText(IReadOnlyList<Block> blocks) =>
        Render(Renderers().Plain, blocks, output => (InlineText.CollapseLines(output, out var words), words));

    private ThreadRenderers Renderers() =>
        perThread is { } renderers && renderers.Pipeline == pipeline ? renderers : perThread = new ThreadRenderers(pipeline);

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
            perThread = null; // a render that threw may leave indents pushed: start afresh
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

    private sealed class ThreadRenderers
    {
        public ThreadRenderers(MarkdownPipeline pipeline)
        {
            Pipeline = pipeline;
            Html = new HtmlRenderer(new StringWriter());
            pipeline.Setup(Html);
            // Markdig's own plain-text rendering (Markdown.ToPlainText) is an HtmlRenderer with HTML switched off.
            Plain = new HtmlRenderer(new StringWriter())
            {
                EnableHtmlForBlock = false,
                EnableHtmlForInline = false,
                EnableHtmlEscape = false,
            };
            pipeline.Setup(Plain);
        }

        public MarkdownPipeline Pipeline { get; }
        public HtmlRenderer Html { get; }
        public HtmlRenderer Plain { get; }
    }
}
