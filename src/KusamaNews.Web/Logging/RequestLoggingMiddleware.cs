using System.Diagnostics;

namespace KusamaNews.Web.Logging;

/// <summary>One structured event per request: method, path, status and elapsed milliseconds.</summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogRequest(logger, context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode, elapsed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string requestMethod, string requestPath, int statusCode, double elapsed);
}
