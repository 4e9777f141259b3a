using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using KusamaNews.Ingestion.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KusamaNews.Ingestion.Topics;

/// <summary>
/// Reads content/topics.yml: a list of topics, each with a slug, a name, a description, terms and
/// optionally a parent. Any error (a slug that is empty, malformed or repeated, a parent that is
/// unknown, a topic without terms) is reported with its line and the whole file is refused, so the
/// taxonomy in force stays.
/// </summary>
public static partial class TaxonomyReader
{
    public const string FileName = "topics.yml";

    private static readonly string[] KnownKeys = ["slug", "name", "description", "terms", "parent"];

    public static Taxonomy? Read(string text, DiagnosticBag diagnostics)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        YamlStream stream = new();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            diagnostics.Error((int)ex.Start.Line, $"{FileName} is not valid YAML: {ex.Message}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            diagnostics.Error(1, $"{FileName} must be a list of topics, each starting with '- slug: ...'");
            return null;
        }

        var topics = new List<(Topic Topic, int Line, int ParentLine)>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            var line = (int)node.Start.Line;
            if (node is not YamlMappingNode mapping)
            {
                diagnostics.Error(line, "a topic must be a set of 'key: value' lines (slug, name, description, terms, parent)");
                continue;
            }
            if (ReadTopic(mapping, topics.Count, diagnostics) is not { } read)
                continue;
            if (firstLineOf.TryGetValue(read.Topic.Slug, out var first))
            {
                diagnostics.Error(read.Line, $"the topic slug \"{read.Topic.Slug}\" is used twice (first on line {first})");
                continue;
            }
            firstLineOf[read.Topic.Slug] = read.Line;
            topics.Add(read);
        }

        foreach (var (topic, _, parentLine) in topics)
        {
            if (topic.Parent is null)
                continue;
            var parent = topics.Find(t => t.Topic.Slug == topic.Parent).Topic;
            if (parent is null)
                diagnostics.Error(parentLine, $"the parent \"{topic.Parent}\" of topic \"{topic.Slug}\" is not a topic slug in {FileName}");
            else if (parent.Parent is not null)
                diagnostics.Error(parentLine, $"the parent \"{topic.Parent}\" of topic \"{topic.Slug}\" has a parent itself; finer tags sit directly under a beat");
        }

        return diagnostics.HasErrors ? null : new Taxonomy(topics.Select(t => t.Topic).ToList(), hash);
    }

    private static (Topic Topic, int Line, int ParentLine)? ReadTopic(YamlMappingNode mapping, int ordinal, DiagnosticBag diagnostics)
    {
        var line = (int)mapping.Start.Line;
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var keyName = (key as YamlScalarNode)?.Value ?? "";
            if (KnownKeys.Contains(keyName))
                values[keyName] = value;
            else
                diagnostics.Warn((int)key.Start.Line, $"unknown key \"{keyName}\" in a topic was ignored (known: {string.Join(", ", KnownKeys)})");
        }

        var slug = Scalar(values, "slug");
        var slugLine = values.TryGetValue("slug", out var slugNode) ? (int)slugNode.Start.Line : line;
        if (string.IsNullOrWhiteSpace(slug))
        {
            diagnostics.Error(slugLine, "a topic has an empty or missing slug");
            return null;
        }
        if (!SlugPattern().IsMatch(slug))
        {
            diagnostics.Error(slugLine, $"the topic slug \"{slug}\" must be lower-case letters, digits and hyphens, like \"cross-chain-messaging\"");
            return null;
        }

        var name = Scalar(values, "name");
        var description = Scalar(values, "description");
        var terms = values.TryGetValue("terms", out var termsNode) && termsNode is YamlSequenceNode sequence
            ? sequence.Children.Select(term => (term as YamlScalarNode)?.Value?.Trim() ?? "").Where(term => term.Length > 0).ToList()
            : [];
        var ok = true;
        if (string.IsNullOrWhiteSpace(name))
            ok = Fail(diagnostics, slugLine, $"the topic \"{slug}\" has no name");
        if (string.IsNullOrWhiteSpace(description))
            ok = Fail(diagnostics, slugLine, $"the topic \"{slug}\" has no description");
        if (terms.Count == 0)
            ok = Fail(diagnostics, termsNode is null ? slugLine : (int)termsNode.Start.Line, $"the topic \"{slug}\" has no terms (a list: terms: [word, \"a phrase\", prefix*])");
        foreach (var term in terms.Where(term => !TermPattern.IsValid(term)))
            ok = Fail(diagnostics, (int)termsNode!.Start.Line, $"the term \"{term}\" of topic \"{slug}\" has no word in it, or a '*' that does not end a word");
        if (!ok)
            return null;

        var parent = Scalar(values, "parent");
        var parentLine = values.TryGetValue("parent", out var parentNode) ? (int)parentNode.Start.Line : line;
        return (new Topic(slug, name!.Trim(), description!.Trim(), string.IsNullOrWhiteSpace(parent) ? null : parent.Trim(), terms, ordinal), slugLine, parentLine);
    }

    private static string? Scalar(Dictionary<string, YamlNode> values, string key) =>
        values.TryGetValue(key, out var node) ? (node as YamlScalarNode)?.Value : null;

    private static bool Fail(DiagnosticBag diagnostics, int line, string message)
    {
        diagnostics.Error(line, message);
        return false;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
