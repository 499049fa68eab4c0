using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;
using TalentWatch.Web.Hosting;

namespace TalentWatch.Web.Api;

/// <summary>
/// Every 4xx and 5xx under /api carries an application/problem+json body saying what was wrong. The endpoints write
/// their own (a bad parameter, an unknown id); this covers what they never see: no such endpoint, a method the API
/// does not answer, a request line too long, an exception.
/// </summary>
public static class ApiErrors
{
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api");

    /// <summary>The exception handler and the status-code bodies, for a branch that only /api requests take.</summary>
    public static IApplicationBuilder UseApiErrors(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleExceptionAsync });
        app.UseStatusCodePages(context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode, Detail(context.HttpContext)));
        return app;
    }

    /// <summary>A problem+json response with the status's reason phrase as title.</summary>
    public static Task WriteAsync(HttpContext context, int status, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The exception handler clears the response, headers included: put the security headers back.
        SecuritySetup.ApplyHeaders(context.Response);
        return Results.Problem(detail, statusCode: status, title: ReasonPhrases.GetReasonPhrase(status)).ExecuteAsync(context);
    }

    private static Task HandleExceptionAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        // A request the framework itself refused (a body too large, a malformed form) keeps its status and its reason;
        // anything else is our failure, logged by the middleware, and the client learns no more than that.
        if (exception is BadHttpRequestException bad)
        {
            return WriteAsync(context, bad.StatusCode, bad.Message);
        }
        if (exception is not null && TalentWatch.Storage.StorageFailure.IsUnavailable(exception))
        {
            context.Response.Headers.RetryAfter = "30";
            return WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "The database is unavailable at the moment; try again shortly.");
        }
        return WriteAsync(context, StatusCodes.Status500InternalServerError, "The server failed to answer this request; the error is in its log.");
    }

    private static string Detail(HttpContext context) => context.Response.StatusCode switch
    {
        StatusCodes.Status404NotFound => $"Nothing in the API answers {ApiQuery.Quote(context.Request.Path.Value)}.",
        StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed on {ApiQuery.Quote(context.Request.Path.Value)}; the API answers GET.",
        var status => ReasonPhrases.GetReasonPhrase(status),
    };
}
