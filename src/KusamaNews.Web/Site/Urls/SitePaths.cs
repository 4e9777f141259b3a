using System.Globalization;
using KusamaNews.Ingestion.Domain;

namespace KusamaNews.Web.Site.Urls;

/// <summary>
/// The site's URL scheme, the one place that spells a path: pages, feeds, the API and search link
/// through it, so a URL changes here or nowhere (the architecture tests keep feature folders from
/// spelling one by hand). Page templates (@page) and endpoint routes name the same paths.
/// </summary>
public static class SitePaths
{
    public const string Home = "/";
    public const string Issues = "/issues";
    public const string Topics = "/topics";
    public const string Search = "/search";
    public const string SiteFeed = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string Api = "/api";
    public const string SearchApi = "/api/search";
    public const string Liveness = "/healthz";
    public const string Readiness = "/readyz";
    public const string Metrics = "/metrics";

    /// <summary>The error page for a status code: /errors/404; with "{0}", the template status-code pages fill in.</summary>
    public static string Error(object status) => string.Create(CultureInfo.InvariantCulture, $"/errors/{status}");

    /// <summary>How many years of issues /issues shows a page: which page a year is on is part of its URL.</summary>
    public const int YearsPerIssuesPage = 10;

    /// <summary>/issues, or /issues?page=2 for an older page of years.</summary>
    public static string IssuesPage(int page) => WithPage(Issues, page);

    public static string Year(int year) => string.Create(CultureInfo.InvariantCulture, $"{Issues}/{year:D4}");

    public static string Issue(IssueMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"{Issues}/{month.Year:D4}/{month.Month:D2}");

    public static string Section(IssueMonth month, string slug) => $"{Issue(month)}/{slug}";

    public static string Topic(string slug) => $"{Topics}/{slug}";

    /// <summary>/topics/{slug}, or with ?page=2 for older sections.</summary>
    public static string TopicPage(string slug, int page) => WithPage(Topic(slug), page);

    public static string TopicFeed(string slug) => $"{Topic(slug)}/feed.xml";

    public static string IssueApi(IssueMonth month) => $"{Api}{Issue(month)}";

    private static string WithPage(string path, int page) =>
        page == 1 ? path : string.Create(CultureInfo.InvariantCulture, $"{path}?page={page}");
}
