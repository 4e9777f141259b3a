using KusamaNews.Web.Layout;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KusamaNews.Web.Pages.Issues;

public sealed class DetailsModel(IssueQueries queries) : PageModel, IHasPageMetadata
{
    public IssueDetails Issue { get; private set; } = null!;

    public PageMetadata Metadata => new(
        $"{Issue.Headline} ({Issue.IssueMonth.DisplayName})",
        $"Kusama News, {Issue.IssueMonth.DisplayName}: {Issue.Headline}.",
        IssueRoute.PathOf(Issue.IssueMonth));

    public async Task<IActionResult> OnGetAsync(string year, string month, CancellationToken cancellationToken)
    {
        if (!IssueRoute.TryParse(year, month, out var issueMonth, out var isCanonical))
            return NotFound();
        if (!isCanonical)
            return RedirectPermanent(IssueRoute.PathOf(issueMonth));

        var issue = await queries.GetIssueAsync(issueMonth, cancellationToken);
        if (issue is null)
            return NotFound();
        Issue = issue;
        return Page();
    }
}
