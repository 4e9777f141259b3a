using KusamaNews.Ingestion.Hosting;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace KusamaNews.Web.Operations.Caching;

/// <summary>
/// Conditional requests for archive-backed endpoints: a GET whose If-None-Match (or, without it,
/// If-Modified-Since) still holds is answered 304 before anything is read or rendered; a 200 gets
/// its ETag, Last-Modified and Cache-Control. Errors get none of these, and 429s and server errors
/// are marked no-store, whatever endpoint they came from.
/// </summary>
internal sealed class ArchiveCachingMiddleware(RequestDelegate next, ArchiveStatus status, ArchiveValidators validators)
{
    public Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<ArchiveCacheMetadata>();
        var snapshot = status.Served;
        if (metadata is null || snapshot is null || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            context.Response.OnStarting(MarkErrorsNoStore, context);
            return next(context);
        }

        var etag = validators.ETagFor(snapshot);
        var lastModified = validators.LastModifiedFor(snapshot);
        if (IsNotModified(context.Request.GetTypedHeaders(), etag, lastModified))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            SetValidators(context.Response, etag, lastModified, metadata.CacheControl);
            return Task.CompletedTask;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK)
                SetValidators(context.Response, etag, lastModified, metadata.CacheControl);
            else
                MarkErrorsNoStore(context);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool IsNotModified(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset? lastModified)
    {
        // RFC 9110 13.2.2: If-None-Match decides when present; If-Modified-Since only without it.
        // "*" is not honoured: before the endpoint runs it is not known whether the resource exists.
        if (request.IfNoneMatch is { Count: > 0 } candidates)
            return candidates.Any(candidate => candidate.Compare(etag, useStrongComparison: false));
        return lastModified is { } modified && request.IfModifiedSince is { } since && modified <= since;
    }

    private static void SetValidators(HttpResponse response, EntityTagHeaderValue etag, DateTimeOffset? lastModified, string cacheControl)
    {
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified;
        response.Headers.CacheControl = cacheControl;
    }

    private static Task MarkErrorsNoStore(object state)
    {
        var response = ((HttpContext)state).Response;
        if ((response.StatusCode == StatusCodes.Status429TooManyRequests || response.StatusCode >= 500) && !response.Headers.ContainsKey(HeaderNames.CacheControl))
            response.Headers.CacheControl = CacheProfiles.NoStore;
        return Task.CompletedTask;
    }
}
