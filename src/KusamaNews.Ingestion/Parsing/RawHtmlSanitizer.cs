using AngleSharp.Dom;
using Ganss.Xss;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>
/// The HTML of a section that holds an editor's tags (and only of such a section: <see cref="RawHtml.IsHeldIn"/>)
/// goes through HtmlSanitizer: parsed as a browser would, balanced, and left with the elements and
/// attributes Markdig writes and the editors' tags of <see cref="HtmlTags.Allowed"/>, these with
/// title and open alone. <see cref="RawHtml"/> has already turned every other tag into text; this is
/// what makes the kept ones well-formed and harmless whatever their attributes and nesting.
/// </summary>
internal static class RawHtmlSanitizer
{
    // What Markdig writes with the archive's pipeline (ScrollingRegion's div among it).
    private static readonly string[] MarkdigTags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "em", "strong", "del", "ins", "sub", "sup",
        "mark", "code", "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "div",
    ];

    private static readonly string[] MarkdigAttributes =
        ["href", "src", "alt", "title", "class", "id", "style", "start", "colspan", "rowspan", "role", "tabindex", "aria-label"];

    [ThreadStatic]
    private static HtmlSanitizer? perThread;

    public static string Clean(string html) => (perThread ??= Create()).Sanitize(html, "", HtmlFormatter.Instance);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>([.. MarkdigTags, .. HtmlTags.Allowed], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>([.. MarkdigAttributes, .. HtmlTags.AllowedAttributes], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(["text-align"], StringComparer.OrdinalIgnoreCase), // Markdig's table alignment
            AllowedSchemes = new HashSet<string>(UrlPolicy.AllowedSchemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
        });
        sanitizer.FilterUrl += (_, e) => e.SanitizedUrl = UrlPolicy.IsAllowed(e.OriginalUrl) ? e.SanitizedUrl : null;
        sanitizer.PostProcessNode += (_, e) => KeepEditorsAttributes(e.Node);
        return sanitizer;
    }

    // An editor's tag keeps title and open alone; Markdig's <code class="language-…"> in a <pre> is Markdig's own.
    private static void KeepEditorsAttributes(INode node)
    {
        if (node is not IElement element || !HtmlTags.Allowed.Contains(element.LocalName) || element.Attributes.Length == 0)
            return;
        if (element.LocalName == "code" && element.ParentElement?.LocalName == "pre")
            return;
        foreach (var attribute in element.Attributes.Where(a => !HtmlTags.AllowedAttributes.Contains(a.Name)).ToList())
            element.RemoveAttribute(attribute.Name);
    }
}
