using Microsoft.Playwright;

namespace KusamaNews.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class ReadingJourneyTests(BrowserSite site)
{
    [SkippableFact]
    public async Task AReaderGoesFromTheFrontPageToASectionAndOnToTheNextIssue()
    {
        Chromium.Require();
        var page = await site.OpenAsync("/");

        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(site.Address, "/issues/2024/06").ToString());

        await page.Locator(".toc").GetByRole(AriaRole.Link, new() { Name = "KSM Token Activities Reflect Positive Market Performance" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(site.Address, "/issues/2024/06#ksm-token-activities-reflect-positive-market-performance").ToString());
        await Assertions.Expect(page.Locator("#ksm-token-activities-reflect-positive-market-performance h2")).ToBeInViewportAsync();

        await page.Locator("nav[aria-label=Issues] a[rel=prev]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Kusama Propels Blockchain Innovation Through Unprecedented Groundbreak");

        await page.Locator("nav[aria-label=Issues] a[rel=next]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(site.Address, "/issues/2024/06").ToString());
    }

    [SkippableFact]
    public async Task AReaderOpensATopicFromASectionsTagAndSeesItsTimeline()
    {
        Chromium.Require();
        var page = await site.OpenAsync("/issues/2019/11/parachain-auctions-unlocking-the-power-of-blockchain");

        await page.Locator(".section-page .tags").GetByRole(AriaRole.Link, new() { Name = "Parachains" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Parachains");
        await Assertions.Expect(page.Locator(".timeline-year > h2")).ToHaveTextAsync(["2024", "2019"]);
        await Assertions.Expect(page.Locator(".timeline__item h3 a").First).ToHaveTextAsync("Kusama Exemplifies Blockchain Growth in Parachain Auctions");
    }

    [SkippableFact]
    public async Task TheSkipLinkIsTheFirstStopForAKeyboardAndLeadsIntoTheContent()
    {
        Chromium.Require();
        var page = await site.OpenAsync("/issues/2024/06");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("main a").First).ToBeFocusedAsync();
    }
}
