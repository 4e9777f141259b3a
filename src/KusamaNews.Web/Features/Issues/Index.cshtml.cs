using System.Globalization;

namespace KusamaNews.Web.Features.Issues;

/// <summary>/issues: every month of the archive, year by year, a page of years at a time.</summary>
public sealed class IndexModel(IssueQueries queries) : PageModel, IHasPageMetadata
{
    public ArchivePage Archive { get; private set; } = null!;

    public PageMetadata Metadata => new(
        Archive.Page == 1 ? "Archive" : $"Archive, page {Archive.Page}",
        "Every issue of Kusama News by year and month, with the months that had no issue.",
        SitePaths.IssuesPage(Archive.Page));

    // Bound by name from the query: "page" is also Razor Pages' own route value for the page's path.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        if (!PageNumber.TryParse(pageNumber, out var number))
            return NotFound();
        var archive = await queries.GetArchivePageAsync(number, SitePaths.YearsPerIssuesPage, cancellationToken);
        if (archive is null)
            return NotFound();
        Archive = archive;
        return Page();
    }
}
