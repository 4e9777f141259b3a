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
    /// The month key, the one number a month is stored as: Year * 100 + Month, so that it reads as its
    /// date (202406 for June 2024) and sorts in month order. Section ids are made of it
    /// (<see cref="SectionId"/>), SectionTopics stores it, and SQL reads an issue's as Issues.MonthKey,
    /// which Schema.sql computes by the same formula. Not a count of months: December and the next
    /// January are 89 apart; <see cref="MonthsAfter"/> counts.
    /// </summary>
    public int MonthKey => (Year * 100) + Month;

    public static IssueMonth FromMonthKey(long monthKey) => new((int)(monthKey / 100), (int)(monthKey % 100));

    /// <summary>How many months this one comes after <paramref name="other"/> (negative when before).</summary>
    public int MonthsAfter(IssueMonth other) => ((Year - other.Year) * 12) + Month - other.Month;

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
