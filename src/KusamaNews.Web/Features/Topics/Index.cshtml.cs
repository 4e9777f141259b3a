namespace KusamaNews.Web.Features.Topics;

public sealed class IndexModel(TopicQueries queries) : PageModel, IHasPageMetadata
{
    public IReadOnlyList<TopicSummary> Topics { get; private set; } = [];

    public PageMetadata Metadata { get; } = new(
        "Topics",
        "Every topic Kusama News covers, from governance to parachains, with the number of sections and issues on each.",
        SitePaths.Topics);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Topics = await queries.ListTopicsAsync(cancellationToken);
}
