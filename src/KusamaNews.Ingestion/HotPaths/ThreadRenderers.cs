// Hot path: docs/PERFORMANCE.md, "Less work per issue and per row" (3fb49c1: renderers kept per thread, full build 8.05 -> 6.73 s with that step); a new HtmlRenderer cost more than rendering a typical section; benchmark before you change this.
using Markdig;
using Markdig.Renderers;

namespace KusamaNews.Ingestion.HotPaths;

/// <summary>
/// Each thread's pair of Markdig renderers, HTML and plain text, set up once for a pipeline and
/// reset before each use: a new HtmlRenderer registers a renderer object per kind of syntax node.
/// </summary>
internal sealed class ThreadRenderers
{
    [ThreadStatic]
    private static ThreadRenderers? perThread;

    public static ThreadRenderers For(MarkdownPipeline pipeline) =>
        perThread is { } renderers && renderers.Pipeline == pipeline ? renderers : perThread = new ThreadRenderers(pipeline);

    /// <summary>Lets go of this thread's pair, after a render that may have left it half-way.</summary>
    public static void Discard() => perThread = null;

    private ThreadRenderers(MarkdownPipeline pipeline)
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
