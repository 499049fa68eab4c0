using System.Globalization;
using Microsoft.AspNetCore.Localization;
using TalentWatch.Storage;

namespace TalentWatch.Web.Hosting;

/// <summary>
/// The output cache of public pages and the JSON API (TalentWatch:Pages:CacheSeconds, default 60; 0 turns it off).
/// Entries vary by URL, the reader's language and the <see cref="PublishedChanges"/> generation, so a stored article
/// shows at once; the expiry bounds what this process cannot see (a write by the CLI or another instance). Signed-in
/// requests and responses that set a cookie are never cached (the default policy), so no admin view or token leaks.
/// </summary>
public static class PageCacheSetup
{
    public const string Policy = "public-pages";
    public const string SettingKey = "TalentWatch:Pages:CacheSeconds";
    public const int DefaultSeconds = 60;

    public static IHostApplicationBuilder AddTalentWatchPageCache(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var seconds = builder.Configuration.GetValue(SettingKey, DefaultSeconds);
        builder.Services.AddOutputCache(options => options.AddPolicy(Policy, policy =>
        {
            if (seconds <= 0)
            {
                policy.NoCache();
                return;
            }
            policy.Expire(TimeSpan.FromSeconds(seconds))
                .VaryByValue(context => new("culture", Culture(context)))
                .VaryByValue(context => new("generation", context.RequestServices.GetRequiredService<PublishedChanges>().Generation.ToString(CultureInfo.InvariantCulture)));
        }));
        return builder;
    }

    /// <summary>After request localization, whose result is part of the key.</summary>
    public static WebApplication UseTalentWatchPageCache(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseOutputCache();
        return app;
    }

    private static string Culture(HttpContext context) =>
        context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? CultureInfo.CurrentUICulture.Name;
}
