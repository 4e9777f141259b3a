using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>
/// How the archive renders what Markdig would render its own way: tables and code blocks in a
/// scrolling region a screen reader can name (<see cref="ScrollingRegion"/>), and raw HTML in plain
/// text as the words a reader sees, not its tags.
/// </summary>
internal sealed class ReaderBlocksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
            return;
        html.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollingRegion.TableRenderer());
        html.ObjectRenderers.Replace<CodeBlockRenderer>(new ScrollingRegion.CodeRenderer());
        html.ObjectRenderers.Replace<HtmlBlockRenderer>(new RawHtmlText.BlockRenderer());
        html.ObjectRenderers.Replace<HtmlInlineRenderer>(new RawHtmlText.InlineRenderer());
    }
}
