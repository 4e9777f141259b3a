namespace KusamaNews.Ingestion.Parsing;

/// <summary>
/// Markdig refuses input nested past its depth limit with an exception that names no line; this
/// finds the first line that plausibly goes that deep (quote markers, list markers, or a run of
/// emphasis or bracket characters longer than the limit), so the report can point at it.
/// </summary>
internal static class NestingProbe
{
    public static int LineOf(string text, int limit)
    {
        var line = 1;
        foreach (var content in text.Split('\n'))
        {
            if (LeadingMarkers(content) > limit || LongestRun(content) > limit)
                return line;
            line++;
        }
        return 1;
    }

    private static int LeadingMarkers(string line)
    {
        var markers = 0;
        foreach (var c in line)
        {
            if (c is '>' or '-' or '+' or '*')
                markers++;
            else if (c is not (' ' or '\t'))
                break;
        }
        return markers;
    }

    private static int LongestRun(string line)
    {
        int longest = 0, run = 0;
        var previous = '\0';
        foreach (var c in line)
        {
            run = c == previous && c is '*' or '_' or '[' or '(' or '`' or '~' ? run + 1 : 1;
            previous = c;
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
