namespace KusamaNews.Web.Site.Api;

/// <summary>What every JSON endpoint shares: its 404, and the 404 of anything else under /api.</summary>
public static class ApiResults
{
    public static IResult NotFound(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    /// <summary>Anything under /api that no endpoint answers: a JSON 404 that names the API's resources.</summary>
    public static IEndpointRouteBuilder MapApiFallback(this IEndpointRouteBuilder app)
    {
        app.MapFallback(EndpointRoutes.ApiFallback, () => NotFound("There is no such API resource. The API has /api/issues, /api/issues/{yyyy}/{mm} and /api/topics."));
        return app;
    }
}
