namespace KusamaNews.Web.Site.Layout;

public static class Excerpt
{
    /// <summary>The first line of a text, cut at a word boundary to at most <paramref name="maxLength"/> characters.</summary>
    public static string Of(string text, int maxLength)
    {
        var line = text.Split('\n', 2)[0];
        if (line.Length <= maxLength)
            return line;
        var cut = line.LastIndexOf(' ', maxLength);
        return line[..(cut > maxLength / 2 ? cut : maxLength)].TrimEnd(',', ';', ':', '.', ' ') + "…";
    }
}
