using Microsoft.Playwright;

namespace KusamaNews.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class SearchJourneyTests(BrowserSite site)
{
    [SkippableFact]
    public async Task AReaderSearchesFromTheHeaderOpensAResultAndSeesTheTermMarked()
    {
        Chromium.Require();
        var page = await site.OpenAsync("/topics");

        await page.Locator("header").GetByRole(AriaRole.Searchbox).FillAsync("Acala");
        await page.Locator("header").GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(site.Address, "/search?q=Acala").ToString());
        var result = page.Locator(".search-section__heading a").First;
        await Assertions.Expect(result).ToHaveTextAsync("Developer Ecosystem: Kusama Attracts Dynamic Projects");
        await Assertions.Expect(page.Locator(".search-section__snippet mark").First).ToHaveTextAsync("Acala");

        await result.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Developer Ecosystem: Kusama Attracts Dynamic Projects");
        await Assertions.Expect(page.Locator(".section-page mark").First).ToHaveTextAsync("Acala");
        await Assertions.Expect(page.Locator(".section-page mark").First).ToBeInViewportAsync();
    }

    [SkippableFact]
    public async Task AReaderNarrowsASearchWithAFilterAndTheFormKeepsIt()
    {
        Chromium.Require();
        var page = await site.OpenAsync("/search?q=auctions");
        await Assertions.Expect(page.Locator(".search-issue")).ToHaveCountAsync(2);

        await page.Locator("#search-from").FillAsync("2020");
        await page.Locator(".search-form").GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Assertions.Expect(page.Locator(".search-issue")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".search-issue__month time")).ToHaveTextAsync("June 2024");
        Assert.Contains("from=2020", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#search-from")).ToHaveValueAsync("2020");
        await Assertions.Expect(page.Locator("#search-q")).ToHaveValueAsync("auctions");
    }

    [SkippableFact]
    public async Task AKeyboardReachesTheHeaderSearchBoxAndSearchesWithEnter()
    {
        Chromium.Require();
        var page = await site.OpenAsync("/issues/2024/06");
        var box = page.Locator("header").GetByRole(AriaRole.Searchbox);

        var presses = 0;
        while (!await box.EvaluateAsync<bool>("e => e === document.activeElement") && presses < 12)
        {
            await page.Keyboard.PressAsync("Tab");
            presses++;
        }

        await Assertions.Expect(box).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("governance");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(site.Address, "/search?q=governance").ToString());
        await Assertions.Expect(page.Locator(".search-summary")).ToContainTextAsync("in 2 issues");
    }
}
