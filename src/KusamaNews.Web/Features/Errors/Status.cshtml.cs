using Microsoft.AspNetCore.Diagnostics;

namespace KusamaNews.Web.Features.Errors;

/// <summary>The page for every error status: what happened, and where the reader can go from here.</summary>
public sealed class StatusModel : PageModel, IHasPageMetadata
{
    public int Code { get; private set; }

    public string? OriginalPath { get; private set; }

    public bool IsNotFound => Code == StatusCodes.Status404NotFound;

    public PageMetadata Metadata => new(Title, Description) { NoIndex = true };

    public string Title => Code switch
    {
        404 => "Page not found",
        >= 500 => "Something went wrong",
        _ => "This request could not be answered",
    };

    private string Description => IsNotFound
        ? "There is no page at this address in the Kusama News archive."
        : "The Kusama News archive could not answer this request.";

    public void OnGet(int code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        OriginalPath = reExecuted?.OriginalPath ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        // Visited directly (not re-executed), the page still answers with its own status.
        Response.StatusCode = Code;
    }
}
