using KusamaNews.Ingestion.Diagnostics;
using KusamaNews.Ingestion.Domain;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>
/// The optional YAML block at the top of an issue file: <c>title</c> overrides the headline,
/// <c>date</c> (2024-06 or 2024-06-15) the masthead's month, and <c>tags</c> are added to every section.
/// </summary>
internal sealed record FrontMatter(string? Title, IssueMonth? Date, int DateLine, IReadOnlyList<string> Tags, int TagsLine)
{
    private static readonly FrontMatter None = new(null, null, 0, [], 0);

    public static FrontMatter Read(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        if (document.Count == 0 || document[0] is not YamlFrontMatterBlock block)
            return None;

        // YamlDotNet counts lines from 1 inside the block; the block's first line is the opening "---".
        var firstLine = block.Line + 1;
        YamlStream stream = new();
        try
        {
            stream.Load(new StringReader(block.Lines.ToString()));
        }
        catch (YamlException ex)
        {
            diagnostics.Error(firstLine + (int)ex.Start.Line, $"the front matter is not valid YAML: {ex.Message}");
            return None;
        }

        if (stream.Documents.Count == 0)
            return None;
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Warn(firstLine + 1, "the front matter is not a list of 'key: value' lines; it was ignored");
            return None;
        }

        string? title = null;
        IssueMonth? date = null;
        var dateLine = 0;
        var tagsLine = 0;
        List<string> tags = [];
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
            var line = firstLine + (int)keyNode.Start.Line;
            switch (key)
            {
                case "title":
                    title = ScalarOrNull(value, line, "title", diagnostics);
                    break;
                case "date":
                    var text = ScalarOrNull(value, line, "date", diagnostics);
                    if (text is null)
                        break;
                    if (IssueMonth.TryParseIso(text, out var month))
                        (date, dateLine) = (month, line);
                    else
                        diagnostics.Error(line, $"the front matter date \"{text}\" is not a date like 2024-06 or 2024-06-15");
                    break;
                case "tags":
                    tags.AddRange(ReadTags(value, line, diagnostics));
                    tagsLine = line;
                    break;
                default:
                    diagnostics.Warn(line, $"unknown front matter key \"{key}\" was ignored (known: title, date, tags)");
                    break;
            }
        }

        return new FrontMatter(string.IsNullOrWhiteSpace(title) ? null : title.Trim(), date, dateLine, tags.Distinct().ToList(), tagsLine);
    }

    private static string? ScalarOrNull(YamlNode node, int line, string key, DiagnosticBag diagnostics)
    {
        if (node is YamlScalarNode scalar)
            return scalar.Value;
        diagnostics.Warn(line, $"the front matter {key} must be a single value; it was ignored");
        return null;
    }

    // "tags: [governance, staking]", a list of "- tag" lines, or "tags: governance, staking".
    private static IEnumerable<string> ReadTags(YamlNode node, int line, DiagnosticBag diagnostics)
    {
        IEnumerable<string?> raw = node switch
        {
            YamlSequenceNode sequence => sequence.Children.Select(child => (child as YamlScalarNode)?.Value),
            YamlScalarNode scalar => (scalar.Value ?? "").Split(','),
            _ => [],
        };
        foreach (var value in raw)
        {
            var tag = Slug.From(value ?? "");
            if (tag.Length > 0)
                yield return tag;
            else if (!string.IsNullOrWhiteSpace(value))
                diagnostics.Warn(line, $"the front matter tag \"{value}\" has no letters or digits; it was ignored");
        }
    }
}
