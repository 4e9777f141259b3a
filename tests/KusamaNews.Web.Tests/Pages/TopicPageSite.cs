namespace KusamaNews.Web.Tests.Pages;

/// <summary>
/// The one site the TopicPage* classes share: they only read it, they shared it when they were one
/// class, and each site costs seconds to build.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TopicPageSite : ICollectionFixture<KusamaNewsFactory>
{
    public const string Name = nameof(TopicPageSite);
}
