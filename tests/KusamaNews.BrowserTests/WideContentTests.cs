using Deque.AxeCore.Playwright;

namespace KusamaNews.BrowserTests;

/// <summary>
/// A table or code block wider than the reading column scrolls inside its own labelled region, on a
/// phone and on a desktop: the page never scrolls sideways, and a keyboard can reach the region.
/// </summary>
public sealed class WideContentTests(WideContentSite site) : IClassFixture<WideContentSite>
{
    private const string Issue = "/issues/2025/04";

    [SkippableTheory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task WideBlocksScrollInTheirRegionsAndThePageKeepsItsWidth(int width)
    {
        Chromium.Require();
        var page = await site.OpenAsync(Issue, width: width, height: 800);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"the page is {widths[0]} px wide in a {widths[1]} px viewport");
        var regions = await page.EvaluateAsync<Region[]>("""
            () => [...document.querySelectorAll('main .scrolling-region')].map(r => ({
              label: r.getAttribute('aria-label'), scrollWidth: r.scrollWidth, clientWidth: r.clientWidth, tabIndex: r.tabIndex }))
            """);
        Assert.Equal(["Table: (instructions:u), mean, range, count, …", "Code: rust"], regions.Select(r => r.Label));
        Assert.All(regions, r => Assert.Equal(0, r.TabIndex));
        // The code line is wider than any column, the table (its cells wrapping) than a phone's: their regions scroll, not the page.
        var scrolling = width < 400 ? regions : regions.Where(r => r.Label.StartsWith("Code", StringComparison.Ordinal));
        Assert.All(scrolling, r => Assert.True(r.ScrollWidth > r.ClientWidth, $"{r.Label}: {r.ScrollWidth} px in {r.ClientWidth} px"));
    }

    [SkippableFact]
    public async Task AxeFindsNoSeriousViolationOnAPhone()
    {
        Chromium.Require();
        var page = await site.OpenAsync(Issue, width: 360, height: 800);

        var results = await page.RunAxe();

        Assert.Empty(results.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
    }

    private sealed class Region
    {
        public string Label { get; set; } = "";
        public int ScrollWidth { get; set; }
        public int ClientWidth { get; set; }
        public int TabIndex { get; set; }
    }
}
