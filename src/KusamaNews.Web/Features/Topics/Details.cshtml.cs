using System.Globalization;

namespace KusamaNews.Web.Features.Topics;

/// <summary>/topics/{slug}: the topic's sections newest first, grouped by year, twenty a page.</summary>
public sealed class DetailsModel(TopicQueries queries) : PageModel, IHasPageMetadata
{
    public const int PageSize = 20;

    public TopicPage Topic { get; private set; } = null!;

    public YearBars Bars => YearBars.From(Topic.Years);

    public PageMetadata Metadata => new(
        Topic.Page == 1 ? Topic.Topic.Name : $"{Topic.Topic.Name}, page {Topic.Page}",
        $"{Topic.Topic.Name} in Kusama News: {Topic.Topic.Description}",
        SitePaths.TopicPage(Topic.Topic.Slug, Topic.Page))
    {
        Feed = FeedLink.ForTopic(Topic.Topic.Slug, Topic.Topic.Name),
    };

    // Bound by name: "page" is also Razor Pages' own route value.
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] string? pageNumber, CancellationToken cancellationToken)
    {
        if (!Slugs.IsTopic(slug) || !PageNumber.TryParse(pageNumber, out var page))
            return NotFound();
        var topic = await queries.GetTopicAsync(slug, page, PageSize, cancellationToken);
        if (topic is null || page > topic.PageCount)
            return NotFound();
        Topic = topic;
        return Page();
    }
}
