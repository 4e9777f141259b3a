using System.Globalization;
using KusamaNews.Ingestion.Domain;

namespace KusamaNews.Web.Site.Urls;

/// <summary>The {yyyy}/{mm} part of an issue URL, read leniently ("2024/6"); <see cref="SitePaths"/> writes it one way ("2024/06").</summary>
public static class IssueRoute
{
    public static bool TryParse(string? year, string? month, out IssueMonth issueMonth, out bool isCanonical)
    {
        issueMonth = default;
        isCanonical = false;
        if (!IsDigits(year, 4) || !IsDigits(month, 2))
            return false;
        var y = int.Parse(year!, CultureInfo.InvariantCulture);
        var m = int.Parse(month!, CultureInfo.InvariantCulture);
        if (!IssueMonth.IsValid(y, m))
            return false;
        issueMonth = new IssueMonth(y, m);
        isCanonical = year!.Length == 4 && month!.Length == 2;
        return true;
    }

    /// <summary>Reads a year segment: one to four digits, written canonically as four.</summary>
    public static bool TryParseYear(string? year, out int value, out bool isCanonical)
    {
        value = 0;
        isCanonical = false;
        if (!IsDigits(year, 4))
            return false;
        value = int.Parse(year!, CultureInfo.InvariantCulture);
        isCanonical = year!.Length == 4;
        return value >= 1;
    }

    private static bool IsDigits(string? value, int maxLength) =>
        value is { Length: > 0 } && value.Length <= maxLength && value.All(char.IsAsciiDigit);
}
