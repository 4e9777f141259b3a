using System.Globalization;

namespace KusamaNews.Web.Tests;

/// <summary>A small issue file in the house format, for tests that write their own content folder.</summary>
public static class TestIssues
{
    public static string Markdown(int year, int month, string headline) => $"""
        # Kusama News - {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year}

        # {headline}

        ## Lead

        Text of {headline}.
        """;
}
