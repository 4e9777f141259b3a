namespace KusamaNews.Web.Operations.Caching;

/// <summary>Marks an endpoint whose successful responses depend only on the archive and the app's build, with the Cache-Control to send.</summary>
public sealed record ArchiveCacheMetadata(string CacheControl);
