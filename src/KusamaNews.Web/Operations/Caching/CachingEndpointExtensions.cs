namespace KusamaNews.Web.Operations.Caching;

public static class CachingEndpointExtensions
{
    /// <summary>Validates the endpoint's 200 responses with the archive's version (ETag, Last-Modified, 304) and sends <paramref name="cacheControl"/>.</summary>
    public static TBuilder CachedByArchive<TBuilder>(this TBuilder builder, string cacheControl) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ArchiveCacheMetadata(cacheControl));
}
