using System.Collections.Concurrent;
using KusamaNews.Ingestion.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KusamaNews.Web.Tests.Operations;

/// <summary>
/// The site with a response cache that keeps entries of up to 64 KB, counting the SQL statements the
/// archive runs (an answer from memory runs none) and the responses ResponseCompression compresses.
/// </summary>
public sealed class ResponseCacheSite : IDisposable
{
    private readonly KusamaNewsFactory site = new();
    private int compressions;

    public ResponseCacheSite() =>
        Factory = site.WithWebHostBuilder(builder => builder
            .UseSetting("ResponseCache:MaxEntryKilobytes", "64")
            .ConfigureServices(services => services
                .AddSingleton(new ArchiveDatabase(site.DatabasePath, Statements.Enqueue))
                .PostConfigure<ResponseCompressionOptions>(options =>
                {
                    // ResponseCompression's own providers, counted each time one starts compressing a response.
                    options.Providers.Clear();
                    options.Providers.Add(new CountingCompressionProvider(new BrotliCompressionProvider(Options.Create(new BrotliCompressionProviderOptions())), () => Interlocked.Increment(ref compressions)));
                    options.Providers.Add(new CountingCompressionProvider(new GzipCompressionProvider(Options.Create(new GzipCompressionProviderOptions())), () => Interlocked.Increment(ref compressions)));
                })));

    public WebApplicationFactory<Program> Factory { get; }

    public ConcurrentQueue<string> Statements { get; } = new();

    public int Compressions => Volatile.Read(ref compressions);

    public HttpClient CreateClient() => Factory.CreateClient();

    public static HttpRequestMessage Get(string url, string? acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return request;
    }

    public void Dispose()
    {
        Factory.Dispose();
        site.Dispose();
    }
}
