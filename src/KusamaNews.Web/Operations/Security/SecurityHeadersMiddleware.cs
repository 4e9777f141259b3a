using KusamaNews.Web.Site;

namespace KusamaNews.Web.Operations.Security;

/// <summary>
/// The security headers of every response, pages, feeds, API, static files and errors alike. They
/// are added as the response starts, so the exception handler (which clears headers) and the
/// status-code pages cannot lose them.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IHostEnvironment environment, PublicUrls urls)
{
    // No inline script or style anywhere: pages use the one stylesheet, the topic bars are SVG
    // attributes. Images may come from any https host, as issues may link pictures elsewhere.
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' https: data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string StrictTransportSecurity = "max-age=31536000";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(Apply, context);
        return next(context);
    }

    private Task Apply(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        // Behind a load balancer that ends TLS the request arrives as http; the public origin says
        // whether readers use https. Browsers ignore the header on plain http, as RFC 6797 says.
        if (!environment.IsDevelopment() && (context.Request.IsHttps || urls.IsHttps))
            headers.StrictTransportSecurity = StrictTransportSecurity;
        return Task.CompletedTask;
    }
}
