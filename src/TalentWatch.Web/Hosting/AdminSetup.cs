using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;
using TalentWatch.Web.Admin;

namespace TalentWatch.Web.Hosting;

public static class AdminSetup
{
    /// <summary>Cookie sign-in for administrators and the policy that guards every page under /admin.</summary>
    public static IHostApplicationBuilder AddTalentWatchAdmin(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddTimeProvider();
        builder.Services.AddSingleton<AdminAccounts>();
        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services.AddSingleton<SourceCheck>();
        builder.Services.AddAuthentication(AdminPolicy.Scheme).AddCookie(AdminPolicy.Scheme, options =>
        {
            options.Cookie.Name = "TalentWatch.Admin";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request came over HTTPS; plain HTTP on localhost keeps working.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.Path = "/";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/admin/login";
            options.LogoutPath = "/admin/logout";
            options.AccessDeniedPath = "/admin/login";
            options.ReturnUrlParameter = "returnUrl";
        });
        builder.Services.AddAuthorizationBuilder().AddPolicy(AdminPolicy.Name, policy =>
            policy.AddAuthenticationSchemes(AdminPolicy.Scheme).RequireAuthenticatedUser().RequireRole(AdminPolicy.Role));
        builder.Services.Configure<RazorPagesOptions>(options =>
        {
            // Deny by default: a page added under /admin later is protected without anyone remembering to.
            options.Conventions.AuthorizeFolder("/Admin", AdminPolicy.Name);
            options.Conventions.AllowAnonymousToFolder("/Admin/Login");
            options.Conventions.AllowAnonymousToFolder("/Admin/Setup");
        });
        return builder;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(s => s.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    /// <summary>Admin endpoints that are not pages: the OPML export (the pages carry their own authorization).</summary>
    public static WebApplication MapTalentWatchAdmin(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/admin/sources.opml", ExportOpmlAsync).RequireAuthorization(AdminPolicy.Name);
        return app;
    }

    private static async Task ExportOpmlAsync(HttpContext context, TalentWatchDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        context.Response.ContentType = "text/x-opml; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"talentwatch-sources.opml\"";
        using var buffer = new MemoryStream();
        Opml.Write(sources, buffer, time.GetUtcNow().UtcDateTime);
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body, cancellationToken);
    }
}
