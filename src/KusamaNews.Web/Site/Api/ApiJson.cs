using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace KusamaNews.Web.Site.Api;

public static class ApiJson
{
    /// <summary>
    /// camelCase, and letters outside ASCII as themselves ("Kusama’s", not "Kusama\u2019s"). The
    /// encoder still escapes what HTML treats specially (&lt; &gt; &amp; ' "), so the same text is safe
    /// inside a &lt;script type="application/ld+json"&gt; block.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
