using System.Globalization;

namespace KusamaNews.Web.Site.Layout;

public static class ReadingTime
{
    // A common figure for reading prose on a screen.
    private const int WordsPerMinute = 230;

    public static int Minutes(int words) => Math.Max(1, (words + WordsPerMinute - 1) / WordsPerMinute);

    public static string Describe(int words) => string.Create(CultureInfo.InvariantCulture, $"{Minutes(words)} min read");
}
