using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace KusamaNews.Web.Tests;

/// <summary>
/// The site on a SQLite file of its own in a temporary folder, reading TestContent/ (the real
/// issues) or a content folder a test writes itself.
/// </summary>
public sealed class KusamaNewsFactory : WebApplicationFactory<Program>
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "kusamanews-web-tests", Guid.NewGuid().ToString("N"));

    public KusamaNewsFactory() : this(TestContent.Folder)
    {
    }

    private KusamaNewsFactory(string contentPath)
    {
        Directory.CreateDirectory(root);
        ContentPath = contentPath;
    }

    public string ContentPath { get; }

    public string DatabasePath => Path.Combine(root, "archive.db");

    public CapturedLogs Logs { get; } = new();

    /// <summary>A fresh content folder of the test's own, removed with the factory.</summary>
    /// <summary>A copy, byte for byte, of a content folder (the bad-content corpus holds binary and UTF-16 files).</summary>
    public static KusamaNewsFactory WithContentCopiedFrom(string folder, params string[] alsoCopy)
    {
        var factory = WithContent();
        foreach (var file in Directory.GetFiles(folder).Concat(alsoCopy))
            File.Copy(file, Path.Combine(factory.ContentPath, Path.GetFileName(file)));
        return factory;
    }

    public static KusamaNewsFactory WithContent(params (string Name, string Text)[] files)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kusamanews-web-tests", Guid.NewGuid().ToString("N"), "content");
        Directory.CreateDirectory(folder);
        foreach (var (name, text) in files)
            File.WriteAllText(Path.Combine(folder, name), text);
        return new KusamaNewsFactory(folder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Archive:ContentPath", ContentPath);
        builder.UseSetting("Archive:DatabasePath", DatabasePath);
        // Linux allows a user 128 inotify instances, shared by every test host and process of the
        // machine: only the tests of content watching watch (they set Archive:Ingestion=Watch).
        builder.UseSetting("Archive:Ingestion", "Startup");
        // The capture sees every level; Serilog's console output keeps its own configured levels.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Verbose");
        builder.UseSetting("Serilog:WriteTo:0:Args:restrictedToMinimumLevel", "Information");
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Logs));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(root))
            Directory.Delete(root, recursive: true);
        var ownContent = Path.GetDirectoryName(ContentPath)!;
        if (ContentPath.Contains("kusamanews-web-tests", StringComparison.Ordinal) && Directory.Exists(ownContent))
            Directory.Delete(ownContent, recursive: true);
    }
}
