using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KusamaNews.Ingestion.Domain;
using KusamaNews.Ingestion.Parsing;
using KusamaNews.Ingestion.Pipeline;
using KusamaNews.Testing;

namespace KusamaNews.Ingestion.Tests.Properties;

/// <summary>
/// Whatever bytes arrive, the reader neither throws nor produces a malformed issue: either an error
/// and no issue, or an issue whose sections are numbered in order, whose slugs are unique and
/// well-formed, whose HTML holds no markup or script URL from the input, and whose diagnostics
/// point at lines the file has.
/// </summary>
public sealed partial class ParserProperties
{
    private static readonly IssueFileReader Reader = new();
    private const int Runs = 400;

    private static readonly string[] Seeds =
    [
        .. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.md").Select(File.ReadAllText),
    ];

    // Pieces of Markdown, HTML and front matter, and the characters that upset parsers.
    private static readonly string[] Tokens =
    [
        "# ", "## ", "### ", "> ", "- ", "1. ", "* ", "*", "_", "**", "`", "```", "~~", "[", "]", "(", ")", "](", "![",
        "<", ">", "<script>", "</script>", "<img src=x onerror=alert(1)>", "javascript:", "data:", "&#x6a;", "&amp;",
        "\n", "\n\n", "\r", "\r\n", "\t", "\0", "\u00e2\u20ac\u2122", "\u201A\u00C4\u00F9", "\u00c3", "\uFFFD", "\u202E",
        "---\n", "title: ", "date: 2024-06\n", "tags: [", "|", "| --- |", "Kusama News - June 2024", "Smarch", "\\", "\"", "'",
        "\U0001F680", "\u0301", "word ", "Kusam\u00e1 ",
        // Whole hostile constructs, so that random surroundings put them in every context.
        "[a](javascript:alert(1))", "[b](JaVa\tScRiPt:alert(2))", "[c][r]\n\n[r]: javascript:alert(3)\n", "<javascript:alert(4)>",
        "![d](data:text/html;base64,PHNjcmlwdD4=)", "[e](vbscript:x)", "<a href=\"javascript:alert(5)\">f</a>", "[g](https://ok.example)",
        // Editors' tags (kept as markup) with hostile attributes, comments, and type names.
        "<br>", "<sup>", "</sup>", "<details open ontoggle=alert(1)>", "<summary>", "</details>", "<kbd style=\"x:url(javascript:y)\">",
        "<abbr title='\"><script>alert(1)</script>'>", "<mark onclick=alert(1)>", "<!-- ", " -->", "Vec<T>", "<div>", "\n<details>\n",
    ];

    [Property(MaxTest = Runs)]
    public bool RandomBytesNeverBreakTheReader(byte[] bytes) => WellFormed(bytes);

    [Property(MaxTest = Runs)]
    public bool RandomTextAfterAMastheadNeverBreaksTheReader(string? text) =>
        WellFormed(Encoding.UTF8.GetBytes("# Kusama News - June 2024\n\n# H\n\n## Lead\n\n" + text));

    [Property(MaxTest = Runs)]
    public Property TokenSoupNeverBreaksTheReader()
    {
        var soup = Gen.ListOf(Gen.Elements(Tokens)).Select(pieces => string.Concat(pieces));
        return Prop.ForAll(soup.ToArbitrary(), text =>
            WellFormed(Encoding.UTF8.GetBytes("# Kusama News - June 2024\n\n# H\n\n## Lead\n\n" + text))
            && WellFormed(Encoding.UTF8.GetBytes(text)));
    }

    [Property(MaxTest = Runs)]
    public Property MutatedRealIssuesNeverBreakTheReader()
    {
        // Insert a token, delete a stretch, or duplicate a stretch, a few times over a real issue.
        var mutation =
            from kind in Gen.Choose(0, 2)
            from at in Gen.Choose(0, 100_000)
            from token in Gen.Elements(Tokens)
            select (Kind: kind, At: at, Token: token);
        var mutated = Gen.Elements(Seeds).SelectMany(seed => Gen.ListOf(mutation).Select(steps => Mutate(seed, steps)));
        return Prop.ForAll(mutated.ToArbitrary(), text => WellFormed(Encoding.UTF8.GetBytes(text)));
    }

    private static string Mutate(string text, IEnumerable<(int Kind, int At, string Token)> steps)
    {
        var builder = new StringBuilder(text);
        foreach (var (kind, at, token) in steps)
        {
            var position = builder.Length == 0 ? 0 : at % builder.Length;
            var length = Math.Min(1 + (at % 40), builder.Length - position);
            switch (kind)
            {
                case 0:
                    builder.Insert(position, token);
                    break;
                case 1:
                    builder.Remove(position, length);
                    break;
                default:
                    builder.Insert(position, builder.ToString(position, length));
                    break;
            }
        }
        return builder.ToString();
    }

    private static bool WellFormed(byte[] bytes)
    {
        var result = Reader.Read("property.md", bytes);
        var lines = bytes.Count(b => b is (byte)'\n' or (byte)'\r') + 1;
        if (result.Diagnostics.Any(d => d.Line < 1 || d.Line > lines))
            throw new InvalidOperationException($"a diagnostic points past the file's {lines} lines: {string.Join("; ", result.Diagnostics)}");

        if (result.Issue is not { } issue)
            return result.Diagnostics.Any(d => d.IsError);

        var sections = issue.Sections;
        return !result.Diagnostics.Any(d => d.IsError)
            && sections.Count > 0
            && sections.Select(s => s.Ordinal).SequenceEqual(Enumerable.Range(1, sections.Count))
            && sections.Select(s => s.Slug).Distinct(StringComparer.Ordinal).Count() == sections.Count
            && sections.All(s => SlugShape().IsMatch(s.Slug))
            && sections.All(s => !HtmlSafety.Violations(s.Html).Any())
            && sections.All(s => EditorsTagsKeepOnlyTitleAndOpen(s.Html))
            && IssueMonth.IsValid(issue.Month.Year, issue.Month.Month);
    }

    // The tags editors may write carry no other attribute (Markdig's own <pre><code class="language-…"> aside).
    private static bool EditorsTagsKeepOnlyTitleAndOpen(string html) =>
        HtmlParser.ParseDocument($"<body>{html}</body>").All
            .Where(e => HtmlTags.Allowed.Contains(e.LocalName) && !(e.LocalName == "code" && e.ParentElement?.LocalName == "pre"))
            .All(e => e.Attributes.All(a => HtmlTags.AllowedAttributes.Contains(a.Name)));

    private static readonly AngleSharp.Html.Parser.HtmlParser HtmlParser = new();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();

}
