using KusamaNews.Web.Pages.Issues;
using KusamaNews.Web.Layout;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KusamaNews.Web.Pages;

public sealed class IndexModel(IssueQueries queries) : PageModel, IHasPageMetadata
{
    public IReadOnlyList<IssueSummary> Issues { get; private set; } = [];

    public PageMetadata Metadata { get; } = new(
        "Kusama News",
        "Every monthly issue of Kusama News, the newsletter of the Kusama network, newest first.",
        "/");

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Issues = await queries.ListIssuesAsync(cancellationToken);
}
