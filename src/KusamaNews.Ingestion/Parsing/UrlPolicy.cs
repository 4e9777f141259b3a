namespace KusamaNews.Ingestion.Parsing;

/// <summary>
/// Which URLs an issue may link to: the web, mail, chat (irc, ircs, xmpp), ftp and telephone
/// numbers, and relative URLs; nothing else (javascript:, vbscript:, data:, file:, any unknown).
/// </summary>
public static class UrlPolicy
{
    internal static readonly string[] AllowedSchemes = ["http", "https", "mailto", "irc", "ircs", "ftp", "xmpp", "tel"];

    /// <summary>The allowed schemes as an editor reads them, for warnings.</summary>
    public static string Described => "http, https, mailto, irc, ircs, ftp, xmpp, tel and relative URLs";

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
            return true;

        // Browsers skip whitespace and control characters inside a scheme ("java\tscript:"), so
        // the scheme is read the same way before it is judged.
        Span<char> scheme = stackalloc char[16];
        var length = 0;
        foreach (var c in url)
        {
            if (c <= ' ')
                continue;
            if (c is '/' or '?' or '#' or '\\')
                return true;
            if (c == ':')
                return length <= scheme.Length && IsAllowedScheme(scheme[..length]);
            if (length < scheme.Length)
                scheme[length] = c;
            length++;
        }
        return true;
    }

    private static bool IsAllowedScheme(ReadOnlySpan<char> scheme)
    {
        foreach (var allowed in AllowedSchemes)
        {
            if (scheme.Equals(allowed, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
