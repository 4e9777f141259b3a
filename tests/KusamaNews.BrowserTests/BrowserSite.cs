using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KusamaNews.BrowserTests;

/// <summary>
/// The site on a real Kestrel server (a free 127.0.0.1 port, a temporary database, the real
/// content) and one headless Chromium, Debian's, shared by every browser test.
/// </summary>
public class BrowserSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string dataFolder = Directory.CreateTempSubdirectory("kusamanews-browser").FullName;
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Chromium.Path is not { } chromium)
            return; // Every test asks Chromium.Require() and is skipped (or fails in CI) with the reason.

        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        Address = new Uri(addresses.Addresses.First());

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // As root in a container there is no sandbox to use; without the networking switches
            // Chromium keeps calling home, and this machine has no network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A new page in a fresh context: its own viewport and colour scheme, nothing shared.</summary>
    public async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>The folder (beside the tests) of the issues this site serves.</summary>
    protected virtual string ContentFolder => "TestContent";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Archive:ContentPath", Path.Combine(AppContext.BaseDirectory, ContentFolder));
        builder.UseSetting("Archive:DatabasePath", Path.Combine(dataFolder, "archive.db"));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (playwright is not null)
        {
            await Browser.DisposeAsync();
            playwright.Dispose();
        }
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataFolder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
