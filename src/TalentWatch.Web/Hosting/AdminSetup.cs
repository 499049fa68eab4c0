using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.RazorPages;
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

    /// <summary>Admin endpoints that are not pages (none yet besides the pages themselves).</summary>
    public static WebApplication MapTalentWatchAdmin(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app;
    }
}
