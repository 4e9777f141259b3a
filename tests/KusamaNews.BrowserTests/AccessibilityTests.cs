using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace KusamaNews.BrowserTests;

/// <summary>axe-core on every page type, in the light and the dark colour scheme: no violation of serious or critical impact.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    public static TheoryData<string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, ColorScheme>();
        foreach (var name in PageTypes.All.Keys)
        {
            data.Add(name, ColorScheme.Light);
            data.Add(name, ColorScheme.Dark);
        }
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task AxeFindsNoSeriousOrCriticalViolation(string pageType, ColorScheme scheme)
    {
        Chromium.Require();
        var page = await site.OpenAsync(PageTypes.All[pageType], scheme: scheme);

        var results = await page.RunAxe();

        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}");
        Assert.Empty(serious);
        Assert.NotEmpty(results.Passes);
    }
}
