using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>
/// What the archive knows of HTML tags: the harmless ones editors write (rendered as markup), the
/// names HTML has (any other is an editor's text, such as the T of "Vec&lt;T&gt;"), and how a
/// tag's name and attributes are read out of raw HTML.
/// </summary>
internal static partial class HtmlTags
{
    /// <summary>Tags an editor may write as markup: inline formatting, line breaks, disclosure.</summary>
    public static readonly FrozenSet<string> Allowed = new[]
    {
        "br", "wbr", "hr", "sup", "sub", "kbd", "abbr", "details", "summary", "mark", "b", "i", "em", "strong",
        "s", "del", "ins", "u", "small", "code", "var", "samp", "q", "cite", "dfn",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The only attributes an editor's tag keeps: plain text and a flag, never a URL, a style or a script.</summary>
    public static readonly FrozenSet<string> AllowedAttributes = new[] { "title", "open" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The elements of HTML (WHATWG, with the obsolete ones browsers still build, and svg and math).
    private static readonly FrozenSet<string> Elements = """
        a abbr acronym address applet area article aside audio b base basefont bdi bdo bgsound big blink
        blockquote body br button canvas caption center cite code col colgroup data datalist dd del details
        dfn dialog dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3
        h4 h5 h6 head header hgroup hr html i iframe image img input ins isindex kbd keygen label legend li
        link listing main map mark marquee math menu menuitem meta meter multicol nav nextid nobr noembed
        noframes noscript object ol optgroup option output p param picture plaintext pre progress q rb rp rt
        rtc ruby s samp script search section select slot small source spacer span strike strong style sub
        summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var
        video wbr xmp
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether an editor who wrote this name meant an HTML tag: a name HTML has, in lower case or in
    /// upper case ("&lt;br&gt;", "&lt;BR&gt;"). "Option" in "Box&lt;Option&gt;" and the single
    /// capital of "Vec&lt;T&gt;" or "Foo&lt;B&gt;" are type names, not tags.
    /// </summary>
    public static bool ReadsAsHtml(string name) =>
        Elements.Contains(name)
        && (IsLower(name) || (name.Length > 1 && name.All(c => !char.IsLower(c))));

    public static bool IsAllowed(string name) => ReadsAsHtml(name) && Allowed.Contains(name);

    /// <summary>The tags and comments in raw HTML, as a browser's tokenizer finds them: '&lt;' then a letter, '&lt;/', '&lt;!', '&lt;?'.</summary>
    public static MatchCollection Scan(string html) => Markup().Matches(html);

    /// <summary>The name of the tag a raw HTML inline is ("&lt;/sup&gt;": sup), or null for a comment, "&lt;?…" or "&lt;!…".</summary>
    public static string? NameOf(string tag) => Markup().Match(tag) is { Success: true } match && match.Groups["name"].Success ? match.Groups["name"].Value : null;

    /// <summary>The attribute names of a tag's text ("&lt;abbr title=x open&gt;": title, open).</summary>
    public static IEnumerable<string> AttributeNames(string tag) =>
        Attribute().Matches(TagName().Replace(tag, "", 1)).Select(m => m.Groups["name"].Value);

    private static bool IsLower(string name) => name.All(c => !char.IsUpper(c));

    // Group "comment" for <!-- … --> (to the end when unclosed), "name" for a tag's name, nothing for other <! and <? markup.
    [GeneratedRegex(@"<!--(?<comment>[\s\S]*?)(-->|\z)|</?(?<name>[A-Za-z][^\s/>]*)[^>]*>?|<[!?][^>]*>?", RegexOptions.CultureInvariant)]
    internal static partial Regex Markup();

    [GeneratedRegex(@"(?<name>[^\s""'=<>/]+)(\s*=\s*(""[^""]*""|'[^']*'|[^\s>]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    [GeneratedRegex(@"^</?[^\s/>]*", RegexOptions.CultureInvariant)]
    private static partial Regex TagName();
}
