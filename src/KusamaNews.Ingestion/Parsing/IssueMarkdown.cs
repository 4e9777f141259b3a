using Markdig;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>The one Markdig pipeline the archive parses and renders with; build it once and share it.</summary>
public static class IssueMarkdown
{
    public static MarkdownPipeline CreatePipeline(IngestionLimits limits)
    {
        // No GenericAttributes (it would let authors write onclick=…). Raw HTML is parsed, and
        // RawHtml decides what of it stays markup; links are checked separately by LinkSanitizer.
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseEmphasisExtras()
            .UsePipeTables();
        builder.Extensions.Add(new ReaderBlocksExtension()); // after the tables, whose renderer it replaces
        builder.UseAutoLinks();
        builder.MaximumNestingDepth = limits.MaxNestingDepth;
        return builder.Build();
    }

    /// <summary>The same Markdown with raw HTML off (every tag is text): for a block whose tags are not all allowed (<see cref="HtmlAsText"/>).</summary>
    internal static MarkdownPipeline CreateTextOnlyPipeline(int maxNestingDepth)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseEmphasisExtras()
            .UsePipeTables()
            .UseAutoLinks()
            .DisableHtml();
        builder.MaximumNestingDepth = maxNestingDepth;
        return builder.Build();
    }
}
