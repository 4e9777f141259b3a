using Microsoft.Extensions.Options;

namespace KusamaNews.Web.Site;

/// <summary>Site:PublicUrl is empty or an http(s) origin: scheme, host and port, nothing after.</summary>
internal sealed class SiteOptionsValidation : IValidateOptions<SiteOptions>
{
    public ValidateOptionsResult Validate(string? name, SiteOptions options) =>
        options.PublicUrl.Length == 0 || IsOrigin(options.PublicUrl)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Site:PublicUrl: '{options.PublicUrl}' is not an absolute http or https origin such as https://news.example.org.");

    public static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;
}
