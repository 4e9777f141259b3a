using System.Globalization;
using System.Text.RegularExpressions;
using KusamaNews.Ingestion.Domain;

namespace KusamaNews.Ingestion.Parsing;

/// <summary>Reads the masthead heading, <c>Kusama News - June 2024</c>, into the issue's month.</summary>
internal static partial class Masthead
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>True when the heading is meant as a masthead, whether or not its month can be read.</summary>
    public static bool IsMasthead(string heading) => Pattern().IsMatch(heading);

    /// <summary>Reads the month, or says in <paramref name="error"/> why it cannot.</summary>
    public static bool TryParse(string heading, out IssueMonth month, out string error)
    {
        month = default;
        error = "";
        var match = Pattern().Match(heading);
        if (!match.Success)
        {
            error = "the masthead must read \"Kusama News - <Month> <Year>\"";
            return false;
        }

        var when = match.Groups["when"].Value.Trim();
        var parts = MonthYear().Match(when);
        if (!parts.Success)
        {
            error = $"the masthead's date \"{when}\" is not a month and a year (e.g. \"June 2024\")";
            return false;
        }

        var name = parts.Groups["month"].Value;
        var candidates = MonthsMatching(name);
        if (candidates.Count == 0)
        {
            error = $"\"{name}\" is not a month";
            return false;
        }
        if (candidates.Count > 1)
        {
            error = $"the month \"{name}\" is ambiguous ({string.Join(" or ", candidates.Select(m => MonthNames[m - 1]))})";
            return false;
        }

        var year = int.Parse(parts.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (!IssueMonth.IsValid(year, candidates[0]))
        {
            error = $"{year} is not a possible year";
            return false;
        }
        month = new IssueMonth(year, candidates[0]);
        return true;
    }

    // Full names, three-letter abbreviations and any other prefix of three or more letters that
    // names one month ("Sept", "Febr"). Shorter prefixes are refused; "Ju" is reported as ambiguous.
    private static List<int> MonthsMatching(string name)
    {
        var prefixOf = new List<int>();
        for (var i = 0; i < 12; i++)
        {
            if (MonthNames[i].Equals(name, StringComparison.OrdinalIgnoreCase))
                return [i + 1];
            if (MonthNames[i].StartsWith(name, StringComparison.OrdinalIgnoreCase))
                prefixOf.Add(i + 1);
        }
        return name.Length >= 3 || prefixOf.Count > 1 ? prefixOf : [];
    }

    [GeneratedRegex(@"^\s*Kusama\s+News\s*[-\u2013\u2014:]\s*(?<when>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?<month>\p{L}+)\.?,?\s+(?<year>\d{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();
}
