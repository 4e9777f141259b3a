namespace KusamaNews.Web.Features.Sections;

public static class SectionHtml
{
    /// <summary>
    /// Sub-headings are stored as &lt;h3&gt;–&lt;h6&gt; below a section's &lt;h2&gt; on the issue page;
    /// on the section page the section heading is the &lt;h1&gt;, so they move up one level to stay in
    /// order. The stored HTML is Markdig's own output (tags without attributes; text escaped), so a
    /// plain replacement cannot touch the text.
    /// </summary>
    public static string PromoteHeadings(string html)
    {
        if (!html.Contains("<h", StringComparison.Ordinal))
            return html;
        for (var level = 3; level <= 6; level++)
        {
            html = html
                .Replace($"<h{level}>", $"<h{level - 1}>", StringComparison.Ordinal)
                .Replace($"</h{level}>", $"</h{level - 1}>", StringComparison.Ordinal);
        }
        return html;
    }
}
