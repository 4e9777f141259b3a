using KusamaNews.Web.Site;

namespace KusamaNews.Web.Features.Issues;

public sealed class DetailsModel(IssueQueries queries) : PageModel, IHasPageMetadata
{
    public IssueDetails Issue { get; private set; } = null!;

    public PageMetadata Metadata => new(
        $"{Issue.Headline} ({Issue.Month.DisplayName})",
        $"Kusama News, {Issue.Month.DisplayName}: {Issue.Headline}. {Issue.Lead.Heading}.",
        Issue.Path)
    {
        OpenGraphType = "article",
        Published = PublicationDate.Of(Issue.Month),
        StructuredData = site => IssueStructuredData.For(Issue, site),
    };

    public async Task<IActionResult> OnGetAsync(string year, string month, CancellationToken cancellationToken)
    {
        if (!IssueRoute.TryParse(year, month, out var issueMonth, out var isCanonical))
            return NotFound();
        if (!isCanonical)
            return RedirectPermanent(SitePaths.Issue(issueMonth));

        var issue = await queries.GetIssueAsync(issueMonth, cancellationToken);
        if (issue is null)
            return NotFound();
        Issue = issue;
        return Page();
    }
}
