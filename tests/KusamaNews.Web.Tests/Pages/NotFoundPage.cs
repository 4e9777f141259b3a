using System.Net;
using AngleSharp.Dom;

namespace KusamaNews.Web.Tests.Pages;

internal static class NotFoundPage
{
    /// <summary>A 404 answered with the site's own page: a heading that says so and a way back into the archive.</summary>
    public static async Task<IDocument> AssertHelpfulAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1").Text());
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
        return page;
    }
}
