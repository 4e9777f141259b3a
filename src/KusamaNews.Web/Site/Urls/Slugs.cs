using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace KusamaNews.Web.Site.Urls;

/// <summary>What a slug in a URL may look like: letters, digits and single hyphens, at most 80 characters.</summary>
public static partial class Slugs
{
    /// <summary>A topic's slug, as topics.yml requires it: lower case.</summary>
    public static bool IsTopic([NotNullWhen(true)] string? value) => value is { Length: > 0 and <= 80 } && Lower().IsMatch(value);

    /// <summary>A section slug in any case (upper case redirects to lower).</summary>
    public static bool IsPlausibleSection([NotNullWhen(true)] string? value) => value is { Length: > 0 and <= 80 } && AnyCase().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Lower();

    [GeneratedRegex("^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex AnyCase();
}
