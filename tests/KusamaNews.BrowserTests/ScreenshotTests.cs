using Microsoft.Playwright;

namespace KusamaNews.BrowserTests;

/// <summary>Pictures of every page type at desktop and phone widths, for a reviewer: artifacts/screenshots/ (ignored by git).</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    public static TheoryData<string, string, ColorScheme> Shots()
    {
        var data = new TheoryData<string, string, ColorScheme>();
        foreach (var name in PageTypes.All.Keys)
        {
            data.Add(name, "desktop", ColorScheme.Light);
            data.Add(name, "phone", ColorScheme.Light);
            data.Add(name, "desktop", ColorScheme.Dark);
        }
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Shots))]
    public async Task EveryPageTypeIsPictured(string pageType, string device, ColorScheme scheme)
    {
        Chromium.Require();
        var (width, height) = device == "phone" ? (360, 740) : (1280, 900);
        var page = await site.OpenAsync(PageTypes.All[pageType], width, height, scheme);
        var file = Path.Combine(ScreenshotFolder, $"{pageType}-{device}{(scheme == ColorScheme.Dark ? "-dark" : "")}.png");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });

        Assert.True(new FileInfo(file).Length > 5_000, $"{file} is suspiciously small");
    }

    private static string ScreenshotFolder
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "KusamaNews.sln")))
                folder = folder.Parent;
            var screenshots = Path.Combine(folder?.FullName ?? AppContext.BaseDirectory, "artifacts", "screenshots");
            Directory.CreateDirectory(screenshots);
            return screenshots;
        }
    }
}
