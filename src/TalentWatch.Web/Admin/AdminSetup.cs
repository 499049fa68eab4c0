using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TalentWatch.Editorial;
using TalentWatch.Storage;
using TalentWatch.Web.Admin;

using TalentWatch.Web.Hosting;

namespace TalentWatch.Web.Admin;

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
        builder.Services.AddSingleton<ReprocessRunner>();
        builder.Services.AddSingleton<TalentWatch.Editorial.EditorialDesk>();
        builder.Services.AddSingleton<SetupToken>();
        // Sign-in cookies and antiforgery tokens are sealed with Data Protection keys; kept next to the database so a
        // restart does not sign everyone out or void open forms (the default is a per-user folder, or memory only).
        // On PostgreSQL (several instances behind a balancer) the ring is in the database unless a folder is named.
        var keys = KeysFolder(builder.Configuration);
        var protection = builder.Services.AddDataProtection().SetApplicationName("TalentWatch");
        if (keys is not null)
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(keys));
            // Stored as plain XML (Linux has no DPAPI and no certificate is configured), which Data Protection warns about
            // on every first start: the folder is the app user's alone instead, and that warning is not logged (LoggingSetup).
            builder.Services.AddSingleton(new RequiredFolder("TalentWatch:KeysFolder", keys, OwnerOnly: true));
        }
        else if (StorageSetup.Provider(builder.Configuration) == DatabaseProvider.Postgres)
        {
            builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(services => new ConfigureOptions<KeyManagementOptions>(
                options => options.XmlRepository = new DatabaseKeyRing(services.GetRequiredService<IDbContextFactory<TalentWatchDb>>())));
        }
        // A reverse proxy on this host (the default trusted proxies are loopback only) tells the scheme and the
        // client address: the first makes the cookie Secure, the second keeps the login throttle per client.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
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
            options.Events.OnValidatePrincipal = AdminSignIn.ValidateAsync;
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

    /// <summary>
    /// While no administrator exists, issues the one-time token that /admin/setup requires and tells the operator, in
    /// the log, where to use it. Only its digest is stored: a restart issues a new one.
    /// </summary>
    public static async Task OfferFirstRunSetupAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (await services.GetRequiredService<AdminAccounts>().AnyAsync(cancellationToken))
        {
            return;
        }
        var token = await services.GetRequiredService<SetupToken>().IssueAsync(cancellationToken);
        // Once listening, so the line holds the link to open as it is (scheme, host, port), not a path to complete.
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() =>
            services.GetRequiredService<ILogger<SetupToken>>().LogWarning(
                "No administrator exists yet. Create the first one by opening {SetupOrigin}/admin/setup?token={SetupToken} on this server "
                + "or on any instance sharing its database (valid until that account exists; a restart issues a new token), "
                + "or run `admin set-password`.", ListeningOrigin(services), token));
    }

    /// <summary>The first address Kestrel listens on, as a browser on this machine reaches it ("" when there is none, as in tests).</summary>
    private static string ListeningOrigin(IServiceProvider services)
    {
        var addresses = services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()?.Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return string.Empty;
        }
        // A wildcard binding is reached as localhost from this machine.
        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return $"{uri.Scheme}://{host}:{uri.Port}";
    }

    /// <summary>TalentWatch:KeysFolder, else "keys" beside the SQLite file; null for an in-memory or a server database.</summary>
    private static string? KeysFolder(IConfiguration configuration)
    {
        if (configuration["TalentWatch:KeysFolder"] is { Length: > 0 } configured)
        {
            return configured;
        }
        return StorageSetup.DatabaseFile(configuration) is { } database ? Path.Combine(Path.GetDirectoryName(database) ?? ".", "keys") : null;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(s => s.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    /// <summary>
    /// Admin endpoints that are not pages: the OPML export and the reviewed articles as a gold corpus (the pages carry
    /// their own authorization).
    /// </summary>
    public static WebApplication MapTalentWatchAdmin(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/admin/sources.opml", ExportOpmlAsync).RequireAuthorization(AdminPolicy.Name);
        app.MapGet("/admin/moves/export", ExportReviewedAsync).RequireAuthorization(AdminPolicy.Name);
        return app;
    }

    /// <summary>The articles the editors reviewed, in the shared corpus format, for run-eval to score an extractor against.</summary>
    private static async Task ExportReviewedAsync(HttpContext context, TalentWatchDb db, CancellationToken cancellationToken)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"talentwatch-reviewed.json\"";
        await ReviewedCorpus.WriteAsync(db, context.Response.Body, cancellationToken);
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
