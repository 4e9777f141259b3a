using System.IO.Compression;
using System.Net;

namespace KusamaNews.Web.Tests.Hosting;

/// <summary>The stylesheet reaches a browser whatever encodings it accepts, on the app as `dotnet run` starts it.</summary>
public sealed class StaticAssetTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("gzip, deflate, br, zstd")]
    public async Task TheLinkedStylesheetIsServedAsCssForEveryAcceptEncoding(string? acceptEncoding)
    {
        await using var site = await RunningSite.StartAsync();
        using var client = site.CreateClient();
        var page = await client.GetDocumentAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var expected = await client.GetStringAsync("/css/site.css");

        using var request = new HttpRequestMessage(HttpMethod.Get, href);
        if (acceptEncoding is not null)
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, await Decode(response));
        Assert.Contains("--measure", expected, StringComparison.Ordinal);
    }

    private static async Task<string> Decode(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStreamAsync();
        Stream decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            null => body,
            var other => throw new InvalidOperationException($"unexpected encoding {other}"),
        };
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync();
    }
}
