using KusamaNews.Ingestion.Hosting;
using KusamaNews.Web.Operations.Metrics;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace KusamaNews.Web.Operations.Caching;

/// <summary>
/// Answers a GET of an archive-backed endpoint from <see cref="ResponseCache"/> when it can, and
/// otherwise renders it, sends it, and keeps it when its URL was asked for before. Runs after the rate limits and the conditional-GET
/// check; security headers, compression and request logging wrap it, hit or miss. A hit goes out
/// in the kept copy the request's Accept-Encoding prefers, already compressed: ResponseCompression
/// leaves a response that has a Content-Encoding as it is.
/// </summary>
internal sealed class RenderedResponseCacheMiddleware(RequestDelegate next, ResponseCache cache, ArchiveStatus status, SiteMetrics metrics, IResponseCompressionProvider compression)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var snapshot = status.Served;
        if (!cache.Enabled || snapshot is null || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<ArchiveCacheMetadata>() is null)
        {
            await next(context);
            return;
        }

        // Pages hold absolute URLs made from the request's scheme and host unless Site:PublicUrl is set.
        var key = string.Concat(request.Scheme, "://", request.Host.Value, request.Path.Value, request.QueryString.Value);
        if (cache.Find(snapshot.Version, key) is { } hit)
        {
            metrics.ResponseCacheHit();
            var coding = hit.Compressed is null ? ContentCoding.Identity : AcceptEncoding.Preferred(request.Headers.AcceptEncoding);
            var body = hit.BodyFor(coding);
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = hit.ContentType;
            if (hit.Compressed is not null)
                context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
            if (coding != ContentCoding.Identity)
                context.Response.Headers.ContentEncoding = coding == ContentCoding.Brotli ? "br" : "gzip";
            context.Response.ContentLength = body.Length;
            if (!HttpMethods.IsHead(request.Method))
                await context.Response.Body.WriteAsync(body, context.RequestAborted);
            return;
        }
        metrics.ResponseCacheMiss();
        if (!cache.AskedBefore(snapshot.Version, key))
        {
            await next(context); // sent as it is rendered; kept if it is asked for again
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        // Kept only when it is a whole, plain 200 of the version it was asked for.
        if (response.StatusCode == StatusCodes.Status200OK && response.ContentType is { } contentType
            && !response.Headers.ContainsKey("Set-Cookie") && !response.Headers.ContainsKey("Content-Encoding")
            && status.Served?.Version == snapshot.Version && !HttpMethods.IsHead(request.Method))
        {
            // Compressed copies for the types ResponseCompression would compress (it compresses this one on its way out).
            cache.Keep(snapshot.Version, key, contentType, buffer.ToArray(), compression.ShouldCompressResponse(context));
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
