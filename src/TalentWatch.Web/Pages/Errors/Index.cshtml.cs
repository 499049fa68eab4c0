using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TalentWatch.Web.Pages.Errors;

/// <summary>The body of an empty error response on a page; the path it names is text, encoded like any other.</summary>
// The re-executed request of a refused POST carries no valid token; this page changes nothing.
[IgnoreAntiforgeryToken]
public sealed class IndexModel : PageModel
{
    public int Code { get; private set; }
    public string? OriginalPath { get; private set; }

    public void OnGet(int code) => Show(code);

    // A failed POST (say, a missing antiforgery token) is re-executed with its own method.
    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is { } error && TalentWatch.Storage.StorageFailure.IsUnavailable(error))
        {
            Code = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "30";
        }
        Response.StatusCode = Code;
        OriginalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
    }

    public bool DatabaseUnavailable => Code == StatusCodes.Status503ServiceUnavailable;

    public string Title => Code switch
    {
        400 => "Bad request",
        403 => "Forbidden",
        404 => "Not found",
        405 => "Method not allowed",
        503 => "The database is unavailable",
        >= 500 => "Something went wrong",
        _ => "Request refused",
    };
}
