namespace KusamaNews.Web.Operations.Caching;

/// <summary>The forms a kept response is sent in: as rendered, or one of its compressed copies.</summary>
public enum ContentCoding
{
    Identity,
    Gzip,
    Brotli,
}
