namespace KusamaNews.Web.Site.Urls;

/// <summary>The route templates of the endpoints that are not pages (JSON, feeds), beside <see cref="PageRoutes"/>.</summary>
public static class EndpointRoutes
{
    public const string IssueList = SitePaths.Api + SitePaths.Issues;
    public const string Issue = IssueList + "/{year}/{month}";
    public const string TopicList = SitePaths.Api + SitePaths.Topics;
    public const string TopicFeed = SitePaths.Topics + "/{slug}/feed.xml";
    public const string ApiFallback = SitePaths.Api + "/{**path}";
}
