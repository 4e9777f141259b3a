using System.Globalization;
using System.Text.RegularExpressions;

namespace KusamaNews.Ingestion.Domain;

/// <summary>The month an issue belongs to; the archive holds at most one issue a month.</summary>
public readonly partial record struct IssueMonth(int Year, int Month) : IComparable<IssueMonth>
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public static bool IsValid(int year, int month) => year is >= 1 and <= 9999 && month is >= 1 and <= 12;

    /// <summary>"June 2024", always in English, whatever the server's culture.</summary>
    public string DisplayName => string.Create(CultureInfo.InvariantCulture, $"{MonthNames[Month - 1]} {Year}");

    public string MonthName => MonthNames[Month - 1];

    /// <summary>"2024-06": the sortable key used in file names, URLs and the store.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    public string FileName => ToString() + ".md";

    /// <summary>
    /// The month key: months counted from year 0, Year * 12 + Month - 1, so that consecutive months
    /// have consecutive keys (distances, a year's range). Stored as SectionTopics.MonthKey; SQL reads
    /// an issue's as Issues.MonthKey, a column Schema.sql computes by the same formula.
    /// </summary>
    public int MonthKey => (Year * 12) + Month - 1;

    public static IssueMonth FromMonthKey(long monthKey) => new((int)(monthKey / 12), (int)(monthKey % 12) + 1);

    /// <summary>
    /// The month as the number it reads as, Year * 100 + Month (202406 for June 2024): what section
    /// ids are made of (<see cref="SectionId"/>), so that an id shows its issue. Not a month key:
    /// December and the next January are 89 apart.
    /// </summary>
    public long Yyyymm => (Year * 100L) + Month;

    public static IssueMonth FromYyyymm(long yyyymm) => new((int)(yyyymm / 100), (int)(yyyymm % 100));

    public int CompareTo(IssueMonth other) => (Year, Month).CompareTo((other.Year, other.Month));

    public static bool operator <(IssueMonth left, IssueMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(IssueMonth left, IssueMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(IssueMonth left, IssueMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(IssueMonth left, IssueMonth right) => left.CompareTo(right) >= 0;

    /// <summary>Reads "2024-06" or "2024-06-15" (a front matter date); the day is ignored.</summary>
    public static bool TryParseIso(string? value, out IssueMonth month)
    {
        month = default;
        var match = IsoPattern().Match(value ?? "");
        if (!match.Success)
            return false;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        if (!IsValid(year, number))
            return false;
        if (match.Groups["day"].Success
            && !DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            return false;
        month = new IssueMonth(year, number);
        return true;
    }

    /// <summary>The month a file named like <c>2024-06.md</c> claims, if its name has that shape.</summary>
    public static IssueMonth? FromFileName(string fileName) =>
        TryParseIso(Path.GetFileNameWithoutExtension(fileName), out var month) && FileNamePattern().IsMatch(fileName) ? month : null;

    [GeneratedRegex(@"^\s*(?<year>\d{4})-(?<month>\d{2})(-(?<day>\d{2}))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}\.md$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FileNamePattern();
}
