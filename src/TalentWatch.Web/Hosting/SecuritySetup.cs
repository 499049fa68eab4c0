using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using TalentWatch.Web.Api;

namespace TalentWatch.Web.Hosting;

public static class SecuritySetup
{
    /// <summary>
    /// No inline script or style anywhere, so the policy can stay strict: markup that slips past encoding still cannot
    /// run. Feeds and the API get it too; it costs nothing and protects a feed opened directly in a browser.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The longest request target (path and query) the app answers; longer ones get 414 with a body that says so. It is
    /// Kestrel's default limit for the whole request line, so every request that was served before still is.
    /// </summary>
    public const int MaxRequestTargetLength = 8 * 1024;

    /// <summary>
    /// Kestrel refuses a request line over its own limit with a bare 414 before any middleware runs, so its limit is
    /// raised above <see cref="MaxRequestTargetLength"/> and the app refuses first, with a body. Lines beyond this one
    /// still get Kestrel's bare 414; raising it further would only let each connection hold more before refusing.
    /// </summary>
    private const int KestrelMaxRequestLineSize = 64 * 1024;

    /// <summary>Server limits that belong to the app's own error handling (see <see cref="UseTalentWatchSecurity"/>).</summary>
    public static WebApplicationBuilder AddTalentWatchSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestLineSize = KestrelMaxRequestLineSize);
        return builder;
    }

    /// <summary>
    /// Error bodies (pages get a page, the API a problem+json body), security headers on every response, the request
    /// target limit, then authentication and authorization.
    /// </summary>
    public static WebApplication UseTalentWatchSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
        }
        // Empty error responses of pages get a page; feeds keep their own bodies (XML, JSON or none).
        // Placed before the headers so a re-executed request passes through them again.
        app.UseWhen(context => IsPage(context.Request.Path), branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseWhen(context => ApiErrors.IsApi(context.Request.Path), branch => branch.UseApiErrors());
        app.Use((context, next) =>
        {
            // Set before the response starts so every path, including errors and static files, carries them.
            ApplyHeaders(context.Response);
            return next(context);
        });
        app.Use(RefuseLongTargets);
        // Routing runs here, after the status-code pages, so a re-executed /error/{code} request is routed afresh.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The headers every response carries; also re-applied by error handlers that clear the response.</summary>
    public static void ApplyHeaders(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
    }

    /// <summary>414 for a target over <see cref="MaxRequestTargetLength"/>: a page gets the error page, anything else problem+json.</summary>
    private static Task RefuseLongTargets(HttpContext context, RequestDelegate next)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var length = string.IsNullOrEmpty(raw)
            ? (context.Request.PathBase.Value?.Length ?? 0) + (context.Request.Path.Value?.Length ?? 0) + (context.Request.QueryString.Value?.Length ?? 0)
            : raw.Length;
        // The error page's re-executed request keeps the original raw target and query: let it through to render.
        if (length <= MaxRequestTargetLength || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            return next(context);
        }
        if (IsPage(context.Request.Path))
        {
            context.Response.StatusCode = StatusCodes.Status414UriTooLong;
            return Task.CompletedTask;
        }
        return ApiErrors.WriteAsync(context, StatusCodes.Status414UriTooLong,
            $"The request target (path and query) is {length} characters long; at most {MaxRequestTargetLength} are accepted.");
    }

    private static bool IsPage(PathString path) =>
        !path.StartsWithSegments("/api") && !path.StartsWithSegments("/healthz")
        && !(path.Value?.Contains("/feed.", StringComparison.Ordinal) ?? false);
}
