using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>/search and /api/* are rate limited per client (here three requests a minute); reading pages is not.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly KusamaNewsFactory site = new();
    private readonly WebApplicationFactory<Program> limited;

    public RateLimitTests() =>
        limited = site.WithWebHostBuilder(b => b.UseSetting("RateLimit:PermitLimit", "3").UseSetting("RateLimit:WindowSeconds", "60"));

    [Fact]
    public async Task TheApiAnswers429WithRetryAfterAndAProblemAfterTheLimit()
    {
        var client = limited.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(i % 2 == 0 ? "/api/topics" : "/api/issues")).StatusCode);

        using var response = await client.GetAsync("/api/issues/2024/06");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = (int)response.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal(retryAfter, problem.GetProperty("retryAfterSeconds").GetInt32());
        Assert.Contains($"{retryAfter} seconds", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl!.NoStore);
        SecurityHeadersTests.AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task SearchAnswers429WithAPageThatSaysWhenToRetry()
    {
        var client = limited.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync("/search?q=kusama")).StatusCode);

        using var response = await client.GetAsync("/search?q=kusama");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var seconds = response.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Too many requests", page.QuerySelector("h1").Text());
        Assert.Contains($"try again in {seconds} seconds", page.QuerySelector("main").Text(), StringComparison.Ordinal);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.True(response.Headers.CacheControl!.NoStore);
        SecurityHeadersTests.AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task ReadingPagesAndFeedsIsNotLimited()
    {
        var client = limited.CreateClient();
        for (var i = 0; i < 3; i++)
            await client.GetAsync("/api/topics");

        foreach (var url in Enumerable.Repeat(new[] { "/", "/issues/2024/06", "/feed.xml" }, 4).SelectMany(u => u))
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
    }

    public void Dispose()
    {
        limited.Dispose();
        site.Dispose();
    }
}
