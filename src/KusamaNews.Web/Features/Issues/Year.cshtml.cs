using System.Globalization;

namespace KusamaNews.Web.Features.Issues;

/// <summary>/issues/{yyyy}: the issues of one year, so that a URL cut back to its year still answers.</summary>
public sealed class YearModel(IssueQueries queries) : PageModel, IHasPageMetadata
{
    public YearPage Year { get; private set; } = null!;

    public PageMetadata Metadata => new(
        string.Create(CultureInfo.InvariantCulture, $"Issues of {Year.Year}"),
        string.Create(CultureInfo.InvariantCulture, $"The {Year.Issues.Count} issues of Kusama News published in {Year.Year}."),
        SitePaths.Year(Year.Year));

    public async Task<IActionResult> OnGetAsync(string year, CancellationToken cancellationToken)
    {
        if (!IssueRoute.TryParseYear(year, out var value, out var isCanonical))
            return NotFound();
        if (!isCanonical)
            return RedirectPermanent(SitePaths.Year(value));
        var page = await queries.GetYearAsync(value, cancellationToken);
        if (page is null)
            return NotFound();
        Year = page;
        return Page();
    }
}
