using System.Globalization;

namespace KusamaNews.Web.Site.Layout;

/// <summary>The ?page= of a paginated list: absent means 1; anything but a positive whole number is no page.</summary>
public static class PageNumber
{
    public static bool TryParse(string? value, out int page)
    {
        page = 1;
        return value is null || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page >= 1);
    }
}
