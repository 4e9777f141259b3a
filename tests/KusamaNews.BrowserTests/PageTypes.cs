namespace KusamaNews.BrowserTests;

/// <summary>One address for every kind of page the site has.</summary>
public static class PageTypes
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["home"] = "/",
        ["archive"] = "/issues",
        ["year"] = "/issues/2024",
        ["issue"] = "/issues/2024/06",
        ["section"] = "/issues/2024/06/opengov-implementation-steers-kusama-forward",
        ["topics"] = "/topics",
        ["topic"] = "/topics/governance",
        ["search"] = "/search?q=parachain+auctions",
        ["search-tips"] = "/search",
        ["search-nothing"] = "/search?q=parachian",
        ["not-found"] = "/no-such-page",
    };

    public static TheoryData<string> Names() => [.. All.Keys];
}
