namespace KusamaNews.Web.Features.FrontPage;

public sealed class IndexModel(FrontPageQueries queries) : PageModel, IHasPageMetadata
{
    public const int RecentIssues = 6;

    public FrontPage FrontPage { get; private set; } = new(null, [], []);

    public PageMetadata Metadata => new(
        "Kusama News",
        FrontPage.Latest is { } latest
            ? $"The archive of Kusama News, the monthly newsletter of the Kusama network. Latest: {latest.Month.DisplayName}, “{latest.Headline}”."
            : "The archive of Kusama News, the monthly newsletter of the Kusama network.",
        SitePaths.Home);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        FrontPage = await queries.GetFrontPageAsync(RecentIssues, cancellationToken);
}
