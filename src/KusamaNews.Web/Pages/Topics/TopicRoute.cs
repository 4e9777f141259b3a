using System.Text.RegularExpressions;

namespace KusamaNews.Web.Pages.Topics;

public static partial class TopicRoute
{
    public static string PathOf(string slug) => $"/topics/{slug}";

    /// <summary>Slugs are lower-case letters, digits and hyphens; anything else cannot be a topic.</summary>
    public static bool IsSlug(string? value) => value is { Length: > 0 and <= 80 } && SlugPattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
