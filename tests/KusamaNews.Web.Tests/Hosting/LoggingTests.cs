using Microsoft.Extensions.Logging;

namespace KusamaNews.Web.Tests.Hosting;

public sealed class LoggingTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    [Fact]
    public async Task EachRequestIsOneStructuredEventWithMethodPathStatusAndElapsed()
    {
        var client = factory.CreateClient();

        await client.GetAsync("/issues/2024/06");
        await client.GetAsync("/issues/2024/13");

        var requests = factory.Logs.Events.Where(e => e.Category.EndsWith("RequestLoggingMiddleware", StringComparison.Ordinal)).ToList();
        var ok = Assert.Single(requests, e => Equals(e.Properties["RequestPath"], "/issues/2024/06"));
        Assert.Equal(("GET", 200), (ok.Properties["RequestMethod"], ok.Properties["StatusCode"]));
        Assert.IsType<double>(ok.Properties["Elapsed"]);
        var missing = Assert.Single(requests, e => Equals(e.Properties["RequestPath"], "/issues/2024/13"));
        Assert.Equal(404, missing.Properties["StatusCode"]);
        Assert.Equal(LogLevel.Information, missing.Level);
    }

    [Fact]
    public async Task AServerErrorIsLoggedAsAnError()
    {
        await factory.CreateClient().GetAsync("/errors/500");

        var failed = Assert.Single(factory.Logs.Events, e => e.Category.EndsWith("RequestLoggingMiddleware", StringComparison.Ordinal)
            && Equals(e.Properties["RequestPath"], "/errors/500"));
        Assert.Equal((500, LogLevel.Error), (failed.Properties["StatusCode"], failed.Level));
    }

    [Fact]
    public void StartupIngestionLogsOneSummaryAndEachDiagnostic()
    {
        factory.CreateClient();

        var summary = Assert.Single(factory.Logs.Events, e => e.Message.StartsWith("Ingested ", StringComparison.Ordinal));
        Assert.Equal((2, 2, 0, 0, 0), (summary.Properties["FilesRead"], summary.Properties["Ingested"], summary.Properties["Unchanged"], summary.Properties["Removed"], summary.Properties["Failed"]));
        Assert.Contains("ElapsedMs", summary.Properties.Keys);
        var warning = Assert.Single(factory.Logs.Events, e => e.Message.Contains("repaired mojibake", StringComparison.Ordinal));
        Assert.EndsWith("2019-11.md", (string)warning.Properties["File"]!, StringComparison.Ordinal);
        Assert.Equal(4, warning.Properties["Line"]);
    }
}
