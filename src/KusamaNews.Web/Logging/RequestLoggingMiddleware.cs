using System.Diagnostics;

namespace KusamaNews.Web.Logging;

/// <summary>
/// One structured event per request: method, path, status and elapsed milliseconds. A server error
/// is logged as an error, so that a log kept at Warning (a busy site, the benchmarks) still shows it.
/// </summary>
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
            var status = context.Response.StatusCode;
            LogRequest(logger, status >= 500 ? LogLevel.Error : LogLevel.Information, context.Request.Method, context.Request.Path.Value ?? "/", status, elapsed);
        }
    }

    [LoggerMessage(Message = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms")]
    private static partial void LogRequest(ILogger logger, LogLevel level, string requestMethod, string requestPath, int statusCode, double elapsed);
}
