using System.Globalization;

namespace KusamaNews.Web.Features.Topics;

/// <summary>
/// A topic's sections counted by year, for a small bar chart. A long archive (the 12,000-issue
/// corpus spans a millennium) is counted by decade or century instead, so the chart stays short.
/// </summary>
public sealed record YearBars(string Unit, IReadOnlyList<YearBars.Bar> Bars)
{
    public const int MaxBars = 40;

    public sealed record Bar(string Label, int Count, int Percent);

    public static YearBars From(IReadOnlyList<YearCount> years)
    {
        if (years.Count == 0)
            return new YearBars("year", []);
        var span = years.Max(y => y.Year) - years.Min(y => y.Year) + 1;
        var (size, unit) = span <= MaxBars ? (1, "year") : span <= MaxBars * 10 ? (10, "decade") : (100, "century");
        var buckets = years
            .GroupBy(y => y.Year / size * size)
            .OrderByDescending(g => g.Key)
            .Select(g => (Start: g.Key, Count: g.Sum(y => y.Sections)))
            .ToList();
        var max = buckets.Max(b => b.Count);
        return new YearBars(unit, buckets
            .Select(b => new Bar(Label(b.Start, size), b.Count, (int)Math.Ceiling(100.0 * b.Count / max)))
            .ToList());
    }

    private static string Label(int start, int size) => size switch
    {
        1 => start.ToString(CultureInfo.InvariantCulture),
        10 => string.Create(CultureInfo.InvariantCulture, $"{start}s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{start}–{start + 99}"),
    };
}
