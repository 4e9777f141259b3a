namespace KusamaNews.Web.Tests.Operations;

/// <summary>
/// The one site the Caching* classes share: they only read it, they shared it when they were one
/// class, and each site costs seconds to build.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CachingSite : ICollectionFixture<KusamaNewsFactory>
{
    public const string Name = nameof(CachingSite);
}
