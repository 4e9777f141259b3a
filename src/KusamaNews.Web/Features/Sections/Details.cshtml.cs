using KusamaNews.Web.Site;
using KusamaNews.Web.Site.Text;

namespace KusamaNews.Web.Features.Sections;

public sealed class DetailsModel(SectionQueries queries) : PageModel, IHasPageMetadata
{
    public SectionPage Section { get; private set; } = null!;

    /// <summary>Words to mark in the text (?highlight=, from a search result), folded for comparison.</summary>
    public IReadOnlySet<string> Highlight { get; private set; } = new HashSet<string>();

    public PageMetadata Metadata => new(
        $"{Section.Current.Heading} ({Section.Issue.IssueMonth.DisplayName})",
        $"From Kusama News, {Section.Issue.IssueMonth.DisplayName} (“{Section.Issue.Headline}”): {Section.Current.Heading}.",
        Section.Path)
    {
        OpenGraphType = "article",
        Published = PublicationDate.Of(Section.Issue.IssueMonth),
        StructuredData = site => SectionStructuredData.For(Section, site),
    };

    public async Task<IActionResult> OnGetAsync(string year, string month, string slug, string? highlight, CancellationToken cancellationToken)
    {
        // A blank segment binds as null (found by HostileRequestTests); nothing but a slug's
        // characters can name a section.
        if (!IssueRoute.TryParse(year, month, out var issueMonth, out var isCanonical) || !Slugs.IsPlausibleSection(slug))
            return NotFound();
        var lowered = slug.ToLowerInvariant();
        if (!isCanonical || lowered != slug)
            return RedirectPermanent(SitePaths.Section(issueMonth, Uri.EscapeDataString(lowered)));

        var section = await queries.GetSectionAsync(issueMonth, slug, cancellationToken);
        if (section is null)
            return NotFound();
        Section = section;
        Highlight = HighlightedHtml.ParseWords(highlight);
        return Page();
    }
}
