using System.Globalization;

namespace KusamaNews.Web.Tests.Search;

/// <summary>Archives made for search tests: many alike issues, and text that must be escaped.</summary>
public static class SearchContent
{
    /// <summary>Issues from January 2001 on, one a month, each with one section about wombats.</summary>
    public static (string Name, string Text)[] Wombats(int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var month = new DateOnly(2001, 1, 1).AddMonths(i);
            var name = month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
            return ($"{month:yyyy-MM}.md", $"# Kusama News - {name}\n\n# Wombat news\n\n## Wombats\n\nThe wombat digs.\n");
        })];

    /// <summary>An issue whose text and headings hold markup, quotes and ampersands.</summary>
    public static readonly (string Name, string Text) Hostile = ("2030-01.md", """
        # Kusama News - January 2030

        # "Ampersands & <angle> brackets"

        ## Lead

        Opening words.

        ## The <font>bold</font> & "quoted" zebra heading

        A zebra wrote <script>alert('zebra')</script> & "zebra" things, see [the zebra page](https://example.org/zebra?x=1&y=2 "zebra title").
        """);
}
