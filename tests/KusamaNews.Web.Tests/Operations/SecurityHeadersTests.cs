using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace KusamaNews.Web.Tests.Operations;

public sealed class SecurityHeadersTests(KusamaNewsFactory factory) : IClassFixture<KusamaNewsFactory>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/issues/2024/06", HttpStatusCode.OK)]
    [InlineData("/feed.xml", HttpStatusCode.OK)]
    [InlineData("/api/issues", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/api/nothing", HttpStatusCode.NotFound)]
    [InlineData("/errors/500", HttpStatusCode.InternalServerError)]
    [InlineData("/issues/2024/6", HttpStatusCode.MovedPermanently)]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url, HttpStatusCode status)
    {
        using var response = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task AnExceptionsErrorPageCarriesThemToo()
    {
        using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        var client = production.CreateClient();
        await client.GetAsync("/");
        // The store vanishes under the running site: reading a page throws.
        SqliteConnection.ClearAllPools();
        File.Move(factory.DatabasePath, factory.DatabasePath + ".away");
        try
        {
            using var response = await client.GetAsync("/issues/2019/11");

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("Something went wrong", (await Html.ParseAsync(response)).QuerySelector("h1").Text());
            AssertSecurityHeaders(response);
            Assert.True(response.Headers.CacheControl!.NoStore);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Move(factory.DatabasePath + ".away", factory.DatabasePath);
        }
    }

    [Theory]
    [InlineData("Production", "https://kusama.example", "", true)]
    [InlineData("Production", "http://kusama.example", "https://news.example.org", true)]
    [InlineData("Production", "http://kusama.example", "", false)]
    [InlineData("Development", "https://kusama.example", "https://news.example.org", false)]
    public async Task HstsIsSentOutsideDevelopmentWhenReadersUseHttps(string environment, string address, string publicUrl, bool expected)
    {
        using var configured = factory.WithWebHostBuilder(b => b.UseEnvironment(environment).UseSetting("Site:PublicUrl", publicUrl));
        var client = configured.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(address) });

        using var response = await client.GetAsync("/");

        Assert.Equal(expected, response.Headers.TryGetValues("Strict-Transport-Security", out var hsts));
        if (expected)
            Assert.Equal("max-age=31536000", Assert.Single(hsts!));
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : $"(no {name})";
}
