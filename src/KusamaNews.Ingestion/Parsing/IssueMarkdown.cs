using Markdig;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>The one Markdig pipeline the archive parses and renders with; build it once and share it.</summary>
public static class IssueMarkdown
{
    public static MarkdownPipeline CreatePipeline(IngestionLimits limits)
    {
        // No GenericAttributes (it would let authors write onclick=…) and no raw HTML: DisableHtml()
        // turns every tag into escaped text. Links are checked separately by LinkSanitizer.
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UseEmphasisExtras()
            .UsePipeTables()
            .UseAutoLinks()
            .DisableHtml();
        builder.MaximumNestingDepth = limits.MaxNestingDepth;
        return builder.Build();
    }
}
