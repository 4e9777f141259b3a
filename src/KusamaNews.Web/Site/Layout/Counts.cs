using System.Globalization;

namespace KusamaNews.Web.Site.Layout;

/// <summary>Counts as readers read them: "1 section", "1,204 sections".</summary>
public static class Counts
{
    public static string Of(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? one : many)}");

    public static string Sections(int count) => Of(count, "section", "sections");

    public static string Issues(int count) => Of(count, "issue", "issues");
}
