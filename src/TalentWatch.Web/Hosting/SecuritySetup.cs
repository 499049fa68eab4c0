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

    /// <summary>Security headers on every response, then authentication and authorization.</summary>
    public static WebApplication UseTalentWatchSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
        }
        // Empty error responses of pages get a page; the API and feeds keep their own bodies (JSON, XML or none).
        // Placed before the headers so a re-executed request passes through them again.
        app.UseWhen(context => IsPage(context.Request.Path), branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.Use((context, next) =>
        {
            // Set before the response starts so every path, including errors and static files, carries them.
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            return next(context);
        });
        // Routing runs here, after the status-code pages, so a re-executed /error/{code} request is routed afresh.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static bool IsPage(PathString path) =>
        !path.StartsWithSegments("/api") && !path.StartsWithSegments("/healthz")
        && !(path.Value?.Contains("/feed.", StringComparison.Ordinal) ?? false);
}
