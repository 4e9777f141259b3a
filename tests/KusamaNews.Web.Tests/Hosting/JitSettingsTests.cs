using System.Text.Json;

namespace KusamaNews.Web.Tests.Hosting;

/// <summary>The runtime settings a full ingestion was measured with (docs/PERFORMANCE.md, "JIT settings") are the app's own.</summary>
public sealed class JitSettingsTests
{
    private static JsonElement ConfigProperties()
    {
        // The app's runtimeconfig.json, as its build wrote it, is copied beside the tests.
        var path = Path.Combine(AppContext.BaseDirectory, "KusamaNews.Web.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void HotCodeIsCountedAfterTwentyMillisecondsWithDynamicPgoKeptForServing()
    {
        var properties = ConfigProperties();

        Assert.Equal(20, properties.GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
        Assert.False(properties.TryGetProperty("System.Runtime.TieredPGO", out var pgo) && !pgo.GetBoolean(), "dynamic PGO is switched off");
    }
}
