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

    public string Html(IReadOnlyList<Block> blocks) => Render(Renderers().Html, blocks, output => output.ToString().Trim());

    /// <summary>The text a reader reads, one line a paragraph, list item or code line: for search, excerpts and word counts.</summary>
    public string PlainText(IReadOnlyList<Block> blocks) => Render(Renderers().Plain, blocks, InlineText.CollapseLines);

    private ThreadRenderers Renderers() =>
        perThread is { } renderers && renderers.Pipeline == pipeline ? renderers : perThread = new ThreadRenderers(pipeline);

    private static string Render(HtmlRenderer renderer, IReadOnlyList<Block> blocks, Func<StringBuilder, string> finish)
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
