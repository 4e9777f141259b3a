using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace KusamaNews.Web.Site.Urls;

/// <summary>
/// Each page's route, given here rather than in its @page directive, so that the URL scheme is
/// written in one folder: a page left out of the table keeps no URL at all (its folder path is
/// not one of the site's addresses), and the architecture tests require every page to be in it.
/// </summary>
public sealed class PageRoutes : IPageRouteModelConvention
{
    /// <summary>Page (its path under Features/, as Razor Pages names it) → route template.</summary>
    public static IReadOnlyDictionary<string, string> Templates { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/FrontPage/Index"] = Route(SitePaths.Home),
        ["/Issues/Index"] = Route(SitePaths.Issues),
        ["/Issues/Year"] = Route(SitePaths.Issues) + "/{year}",
        ["/Issues/Details"] = Route(SitePaths.Issues) + "/{year}/{month}",
        ["/Sections/Details"] = Route(SitePaths.Issues) + "/{year}/{month}/{slug}",
        ["/Topics/Index"] = Route(SitePaths.Topics),
        ["/Topics/Details"] = Route(SitePaths.Topics) + "/{slug}",
        ["/Search/Index"] = Route(SitePaths.Search),
        ["/Errors/Status"] = Route(SitePaths.Error("{code:int}")),
        ["/Errors/TooManyRequests"] = Route(SitePaths.Error(StatusCodes.Status429TooManyRequests)),
    };

    public void Apply(PageRouteModel model)
    {
        model.Selectors.Clear();
        if (Templates.TryGetValue(model.ViewEnginePath, out var template))
            model.Selectors.Add(new SelectorModel { AttributeRouteModel = new AttributeRouteModel { Template = template } });
    }

    private static string Route(string path) => path.TrimStart('/');
}
