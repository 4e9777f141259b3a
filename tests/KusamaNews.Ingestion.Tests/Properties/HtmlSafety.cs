using AngleSharp.Html.Parser;

namespace KusamaNews.Ingestion.Tests.Properties;

/// <summary>Reads HTML as a browser does and lists what could run script: a tag raw HTML could have brought, an event-handler attribute, a script or data URL.</summary>
internal static class HtmlSafety
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> ForbiddenTags =
        ["script", "iframe", "frame", "object", "embed", "style", "form", "input", "svg", "math", "link", "meta", "base"];

    public static IEnumerable<string> Violations(string html)
    {
        var document = Parser.ParseDocument($"<body>{html}</body>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            if (ForbiddenTags.Contains(element.LocalName))
                yield return $"<{element.LocalName}>";
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    yield return $"{attribute.Name}= on <{element.LocalName}>";
                if (attribute.Name is "href" or "src" && IsScriptUrl(attribute.Value))
                    yield return $"{attribute.Name}=\"{attribute.Value}\"";
            }
        }
    }

    // Browsers ignore whitespace and control characters inside a scheme, so the check does too.
    private static bool IsScriptUrl(string url)
    {
        var compact = new string(url.Where(c => c > ' ').ToArray()).ToLowerInvariant();
        return compact.StartsWith("javascript:", StringComparison.Ordinal)
            || compact.StartsWith("vbscript:", StringComparison.Ordinal)
            || compact.StartsWith("data:", StringComparison.Ordinal);
    }
}
