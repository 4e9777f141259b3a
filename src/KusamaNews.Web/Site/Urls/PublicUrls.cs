using Microsoft.Extensions.Options;

namespace KusamaNews.Web.Site.Urls;

/// <summary>The one place absolute URLs come from: Site:PublicUrl when it is set, else the request.</summary>
public sealed class PublicUrls(IOptions<SiteOptions> options)
{
    private readonly string? configured = options.Value.PublicUrl is { Length: > 0 } url ? url.TrimEnd('/') : null;

    /// <summary>True when the public origin is configured and https, whatever scheme a request arrives with.</summary>
    public bool IsHttps => configured?.StartsWith("https:", StringComparison.Ordinal) ?? false;

    public SiteAddress For(HttpRequest request) =>
        new(configured ?? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}");

    public string Absolute(HttpRequest request, string path) => For(request).Absolute(path);
}
