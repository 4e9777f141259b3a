using Microsoft.Playwright;

namespace KusamaNews.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class LayoutTests(BrowserSite site)
{
    [SkippableTheory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task At360PixelsNothingScrollsSideways(string pageType)
    {
        Chromium.Require();
        var page = await site.OpenAsync(PageTypes.All[pageType], width: 360, height: 740);

        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scrollWidth, clientWidth) = (widths[0], widths[1]);

        Assert.True(scrollWidth <= clientWidth, $"{pageType}: the page is {scrollWidth} px wide in a {clientWidth} px viewport");
    }

    [SkippableTheory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public async Task InTheDarkColourSchemeTextStaysReadable(string pageType)
    {
        Chromium.Require();
        var page = await site.OpenAsync(PageTypes.All[pageType], scheme: ColorScheme.Dark);

        // The lowest WCAG contrast ratio between any visible text and the page's background.
        var contrast = await page.EvaluateAsync<Contrast>("""
            () => {
              const rgb = s => s.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
              const lum = ([r, g, b]) => { const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
              const ratio = (a, b) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
              const bg = lum(rgb(getComputedStyle(document.body).backgroundColor));
              let lowest = 21, where = '';
              for (const el of document.querySelectorAll('main *, header *, footer *')) {
                if (!el.offsetParent || ![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
                const r = ratio(lum(rgb(getComputedStyle(el).color)), bg);
                if (r < lowest) { lowest = r; where = el.tagName + '.' + el.className + ': ' + el.textContent.trim().slice(0, 40); }
              }
              return { background: bg, lowest, where };
            }
            """);

        Assert.True(contrast.Background < 0.05, $"{pageType}: the dark scheme's background is not dark (luminance {contrast.Background:0.00})");
        Assert.True(contrast.Lowest >= 4.5, $"{pageType}: contrast {contrast.Lowest:0.0} is below 4.5:1 at {contrast.Where}");
    }

    private sealed class Contrast
    {
        public double Background { get; set; }
        public double Lowest { get; set; }
        public string Where { get; set; } = "";
    }
}
