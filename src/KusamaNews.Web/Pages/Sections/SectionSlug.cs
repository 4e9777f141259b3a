using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace KusamaNews.Web.Pages.Sections;

public static partial class SectionSlug
{
    /// <summary>A section slug, in any case (upper case redirects to lower): letters, digits and single hyphens.</summary>
    public static bool IsPlausible([NotNullWhen(true)] string? value) =>
        value is { Length: > 0 and <= 80 } && Shape().IsMatch(value);

    [GeneratedRegex("^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
