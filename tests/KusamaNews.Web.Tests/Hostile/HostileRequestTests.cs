using System.Net;
using KusamaNews.Web.Tests.Hosting;

namespace KusamaNews.Web.Tests.Hostile;

/// <summary>
/// Every route parameter and every search input, given what an attacker or a broken client sends,
/// over a real socket to the app as it runs in production (Kestrel sees the bytes as sent: %00,
/// invalid UTF-8): the answer is 200, 301, 400 or 404, never 500, and the site logs no unhandled
/// exception.
/// </summary>
public sealed class HostileRequestTests(HostileRequestTests.Site site) : IClassFixture<HostileRequestTests.Site>
{
    /// <summary>One running site for the whole table, with the rate limit out of the way.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public RunningSite Running { get; private set; } = null!;

        public async Task InitializeAsync() => Running = await RunningSite.StartAsync(null, "--RateLimit:PermitLimit=1000000");

        public async Task DisposeAsync() => await Running.DisposeAsync();
    }

    // 414: Kestrel refuses a request line past its limit (a query of 2,000 escaped parentheses twice).
    private static readonly HttpStatusCode[] Acceptable =
        [HttpStatusCode.OK, HttpStatusCode.MovedPermanently, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.RequestUriTooLong];

    // "raw:" values go into the URL as they are (already percent-encoded, or invalid UTF-8 on
    // purpose); the others are percent-encoded the way a browser would.
    public static readonly string[] Values =
    [
        "", " ", "'", "\"", "`", "' OR 1=1 --", "1; DROP TABLE Issues; --", "\" OR \"\"=\"", "1' UNION SELECT sqlite_version() --",
        "raw:%27%20OR%201%3D1--", "NEAR(a b)", "NEAR(", "heading:kusama", "col:x", "^kusama", "\"unterminated", "(((", ")))",
        "AND", "NOT", "OR", "OR OR OR", "a AND NOT b", "*", "**", "-", "--", "-kusama", "\"\"", "{}", "[]", "\\", "%", "+", "&", "#",
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "${7*7}", "{{7*7}}",
        "raw:..%2f..%2f..%2fetc%2fpasswd", "raw:%2e%2e%2f%2e%2e%2fetc%2fpasswd", "raw:..%5c..%5cwindows", "../../etc/passwd",
        "raw:%00", "raw:a%00b", "\u0001\u0002\u001b[31m", "\t\r\n", "raw:%FF%FE%FD", "raw:%C3%28", "raw:%E2%82", "raw:%ED%A0%80",
        "\uFFFF\uFFFE", "\u202Ekusama", "\U0001F680\U0001F680", "Kusam\u00e1", "\u0130stanbul",
        "-1", "0", "00", "2024", "99999999999999999999", "1e10", "0x10", "NaN", "null", "undefined", "true",
        new string('a', 300), new string('\u00e9', 300), string.Join(' ', Enumerable.Repeat("kusama", 400)), new string('(', 2000), new string('"', 1001),
    ];

    public static readonly string[] Routes =
    [
        "/search?q={v}", "/search?q=kusama&topic={v}", "/search?q=kusama&from={v}&to={v}", "/search?q=kusama&sort={v}",
        "/search?q=kusama&page={v}", "/api/search?q={v}", "/api/search?q=kusama&from={v}",
        "/issues/{v}", "/issues/{v}/06", "/issues/2024/{v}", "/issues/2024/06/{v}",
        "/issues/2024/06/opengov-implementation-steers-kusama-forward?highlight={v}", "/issues?page={v}",
        "/topics/{v}", "/topics/governance?page={v}", "/topics/{v}/feed.xml",
        "/api/issues/{v}/06", "/api/issues/2024/{v}", "/api/{v}", "/{v}", "/errors/{v}",
    ];

    public static TheoryData<string> RouteData() => [.. Routes];

    [Theory]
    [MemberData(nameof(RouteData))]
    public async Task EveryHostileValueGetsAnAnswerThatIsNotAServerError(string route)
    {
        using var client = site.Running.CreateClient();
        var failures = new List<string>();

        foreach (var value in Values)
        {
            var encoded = value.StartsWith("raw:", StringComparison.Ordinal) ? value[4..] : Uri.EscapeDataString(value);
            var url = route.Replace("{v}", encoded, StringComparison.Ordinal);
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            // Redirects carry no body, and Kestrel answers a malformed request line (a %00 in the path)
            // with a bare 400 before the site sees it; every page the site answers has one.
            var needsBody = response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound;
            if (!Acceptable.Contains(response.StatusCode) || (needsBody && body.Length == 0))
                failures.Add($"{url} -> {(int)response.StatusCode} ({body.Length} bytes)");
        }

        Assert.Empty(failures);
        Assert.DoesNotContain("unhandled exception", site.Running.Output, StringComparison.OrdinalIgnoreCase);
    }
}
