using System.Text.Json;
using AngleSharp.Html.Parser;

namespace KusamaNews.Testing;

/// <summary>
/// Reads HTML as a browser does and lists whatever could run script: an element raw HTML could
/// have brought (a script that is not a JSON-LD data block holding valid JSON, an iframe, an
/// object…), an event-handler attribute, or a script or data URL where a browser follows one.
/// Shared by the ingestion and web tests (compiled into each).
/// </summary>
internal static class HtmlSafety
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> ForbiddenTags =
        ["iframe", "frame", "frameset", "object", "embed", "applet", "style", "svg:script", "math", "link", "meta", "base", "form", "input", "button", "textarea"];

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "poster", "data"];

    /// <param name="html">A fragment (stored section HTML) or, with <paramref name="document"/>, a whole page.</param>
    /// <param name="allowed">Elements the site itself writes into pages (its search forms, its stylesheet link…).</param>
    public static IEnumerable<string> Violations(string html, bool document = false, IReadOnlySet<string>? allowed = null)
    {
        var parsed = document ? Parser.ParseDocument(html) : Parser.ParseDocument($"<body>{html}</body>");
        foreach (var element in parsed.All)
        {
            var name = element.LocalName;
            if (name == "script")
            {
                if (element.GetAttribute("type") != "application/ld+json" || !IsJson(element.TextContent))
                    yield return $"<script> ({Shorten(element.OuterHtml)})";
            }
            else if (ForbiddenTags.Contains(name) && allowed?.Contains(name) != true)
            {
                yield return $"<{name}> ({Shorten(element.OuterHtml)})";
            }
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    yield return $"{attribute.Name}= on <{name}>";
                if (UrlAttributes.Contains(attribute.Name.ToLowerInvariant()) && IsScriptUrl(attribute.Value))
                    yield return $"{attribute.Name}=\"{Shorten(attribute.Value)}\" on <{name}>";
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

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
