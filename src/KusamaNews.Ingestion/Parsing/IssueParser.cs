using KusamaNews.Ingestion.Diagnostics;
using KusamaNews.Ingestion.Domain;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>
/// Reads the house format of an issue from its Markdown syntax tree: the masthead H1 gives the
/// month, the next H1 the headline, each top-level H2 starts a section that runs to the next one,
/// and the first section is the lead. Problems go to the <see cref="DiagnosticBag"/> with a line.
/// </summary>
public sealed class IssueParser(MarkdownPipeline pipeline)
{
    /// <summary>Bump when parsing or rendering changes what is stored: every file is then re-read.</summary>
    public const int Version = 3; // 3: editors' tags as markup, comments dropped, tables and code in scrolling regions

    private readonly SectionRenderer renderer = new(pipeline);
    private readonly HtmlAsText htmlAsText = new(pipeline);

    /// <returns>The issue, or null when the diagnostics hold an error.</returns>
    public ParsedIssue? Parse(string text, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(1, "the file is empty");
            return null;
        }

        diagnostics.LineCount = text.AsSpan().Count('\n') + 1;

        // Markdig refuses (while parsing or while rendering) anything nested past its depth limit.
        try
        {
            return ParseDocument(text, diagnostics);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            diagnostics.Error(NestingProbe.LineOf(text, pipeline.MaximumNestingDepth),
                $"blockquotes, lists or emphasis are nested deeper than the limit of {pipeline.MaximumNestingDepth} (Archive:MaxNestingDepth)");
            return null;
        }
    }

    private ParsedIssue? ParseDocument(string text, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(text, pipeline);
        var frontMatter = FrontMatter.Read(document, diagnostics);
        var mayHoldHtml = RawHtml.MayBeIn(text);
        if (mayHoldHtml)
            RawHtml.FilterBlocks(document, htmlAsText, diagnostics);
        var inlines = LinkSanitizer.Sanitize(document, diagnostics);
        if (mayHoldHtml)
            RawHtml.FilterInlines(inlines, diagnostics);
        var outline = Outline.Of(document, text, diagnostics);

        var month = ResolveMonth(outline, frontMatter, diagnostics);
        if (outline.Sections.Count == 0)
            diagnostics.Error(outline.LastHeadingLine, "the issue has no sections: each section starts with a '## ' heading");
        if (month is null || diagnostics.HasErrors)
            return null;

        WarnWhenFileNameDisagrees(month.Value.Month, diagnostics);
        var sections = RenderSections(outline.Sections, text, diagnostics);
        var headline = frontMatter.Title ?? outline.Headline;
        if (headline is null)
        {
            diagnostics.Warn(outline.LastHeadingLine, "the issue has no headline (the '# ' heading after the masthead); the lead's heading stands in");
            headline = sections[0].Heading;
        }

        return new ParsedIssue
        {
            Month = month.Value.Month,
            MonthLine = month.Value.Line,
            Headline = headline,
            Tags = frontMatter.Tags,
            TagsLine = frontMatter.TagsLine,
            Sections = sections,
        };
    }

    private static (IssueMonth Month, int Line)? ResolveMonth(Outline outline, FrontMatter frontMatter, DiagnosticBag diagnostics)
    {
        if (frontMatter.Date is { } date)
        {
            if (outline.Masthead is { } masthead && masthead != date)
                diagnostics.Warn(frontMatter.DateLine, $"the front matter date {date} overrides the masthead's {masthead.DisplayName}");
            return (date, frontMatter.DateLine);
        }
        if (outline.Masthead is { } month)
            return (month, outline.MastheadLine);
        if (!outline.MastheadError)
            diagnostics.Error(outline.MastheadLine, "no masthead: the first heading must read \"# Kusama News - <Month> <Year>\"");
        return null;
    }

    private static void WarnWhenFileNameDisagrees(IssueMonth month, DiagnosticBag diagnostics)
    {
        if (IssueMonth.FromFileName(Path.GetFileName(diagnostics.File)) is { } named && named != month)
            diagnostics.Warn(1, $"the file is named for {named} but the issue is {month.DisplayName}; the issue's own date decides");
    }

    private List<ParsedSection> RenderSections(IReadOnlyList<Outline.Section> outlined, string source, DiagnosticBag diagnostics)
    {
        var slugs = Slug.UniqueFor(outlined.Select(s => s.Heading).ToList());
        var sections = new List<ParsedSection>(outlined.Count);
        for (var i = 0; i < outlined.Count; i++)
        {
            var section = outlined[i];
            var (plainText, words) = renderer.PlainText(section.Body);
            if (plainText.Length == 0)
                diagnostics.Warn(section.Line, $"the section \"{section.Heading}\" has no text");
            sections.Add(new ParsedSection
            {
                Ordinal = i + 1,
                Heading = section.Heading,
                Slug = slugs[i],
                Markdown = section.MarkdownIn(source),
                Html = renderer.Html(section.Body),
                PlainText = plainText,
                WordCount = words,
                Line = section.Line,
            });
        }
        return sections;
    }

    /// <summary>The headings of an issue and the top-level blocks under each H2.</summary>
    private sealed class Outline
    {
        public IssueMonth? Masthead { get; private set; }
        public int MastheadLine { get; private set; } = 1;
        public bool MastheadError { get; private set; }
        public string? Headline { get; private set; }
        public int LastHeadingLine { get; private set; } = 1;
        public List<Section> Sections { get; } = [];

        /// <summary>A section: its heading, its body blocks, and where its Markdown starts and ends in the source.</summary>
        public sealed record Section(string Heading, int Line, List<Block> Body, int SourceStart)
        {
            public int SourceEnd { get; set; }

            public string MarkdownIn(string source) => source.AsSpan(SourceStart, Math.Max(0, SourceEnd - SourceStart)).Trim().ToString();
        }

        public static Outline Of(MarkdownDocument document, string source, DiagnosticBag diagnostics)
        {
            var outline = new Outline();
            var seenFirstHeading = false;
            foreach (var block in document)
            {
                switch (block)
                {
                    case YamlFrontMatterBlock:
                    case LinkReferenceDefinitionGroup when outline.Sections.Count == 0:
                        continue;
                    case HeadingBlock { Level: 1 } h1 when outline.Sections.Count == 0:
                        outline.ReadTopHeading(h1, ref seenFirstHeading, diagnostics);
                        continue;
                    case HeadingBlock { Level: 2 } h2:
                        outline.LastHeadingLine = h2.Line + 1;
                        if (outline.Sections.Count > 0)
                            outline.Sections[^1].SourceEnd = h2.Span.Start;
                        outline.Sections.Add(new Section(InlineText.Of(h2.Inline), h2.Line + 1, [], h2.Span.End + 1) { SourceEnd = source.Length });
                        continue;
                }

                if (outline.Sections.Count == 0)
                {
                    diagnostics.Warn(block.Line + 1, "text before the first '## ' section is not part of any section; it was left out");
                    continue;
                }
                DemoteHeadings(block);
                outline.Sections[^1].Body.Add(block);
            }
            return outline;
        }

        private void ReadTopHeading(HeadingBlock h1, ref bool seenFirstHeading, DiagnosticBag diagnostics)
        {
            var text = InlineText.Of(h1.Inline);
            var line = h1.Line + 1;
            LastHeadingLine = line;
            if (!seenFirstHeading)
            {
                seenFirstHeading = true;
                MastheadLine = line;
                if (Parsing.Masthead.IsMasthead(text))
                {
                    if (Parsing.Masthead.TryParse(text, out var month, out var error))
                        Masthead = month;
                    else
                    {
                        MastheadError = true;
                        diagnostics.Error(line, error);
                    }
                    return;
                }
            }

            if (Headline is null)
                Headline = Unquote(text);
            else
                diagnostics.Warn(line, $"a third '# ' heading (\"{text}\") before the first section was left out");
        }

        // A section's heading is an H2; headings inside its body are kept below it. Editors write
        // '# ' for a heading inside a section as often as '### ', and both read right: no warning.
        private static void DemoteHeadings(Block block)
        {
            var headings = block is ContainerBlock container ? container.Descendants<HeadingBlock>() : [];
            foreach (var heading in headings.Append(block as HeadingBlock))
            {
                if (heading is { Level: < 3 })
                    heading.Level = 3;
            }
        }

        private static string Unquote(string headline)
        {
            if (headline.Length >= 2
                && ((headline[0] == '"' && headline[^1] == '"') || (headline[0] == '\u201C' && headline[^1] == '\u201D')))
                return headline[1..^1].Trim();
            return headline;
        }
    }
}
