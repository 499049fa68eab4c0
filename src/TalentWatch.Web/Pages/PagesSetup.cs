using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using TalentWatch.Events;
using TalentWatch.Web.Pages.Common;

namespace TalentWatch.Web.Pages;

public static class PagesSetup
{
    /// <summary>The cultures the interface is translated into; the first is the default.</summary>
    public static readonly IReadOnlyList<CultureInfo> Cultures = [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("ar")];

    /// <summary>Razor Pages with English and Arabic resources; the reader's time zone (TalentWatch:TimeZone, default UTC).</summary>
    public static IHostApplicationBuilder AddTalentWatchPages(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddRazorPages().AddViewLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = [.. Cultures];
            options.SupportedUICultures = [.. Cultures];
            // Default providers, in this order: ?culture=, the cookie the language switch sets, Accept-Language.
        });
        // Razor still encodes markup characters; this only stops it from turning every Arabic letter into &#x...;.
        builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddSingleton(new ReaderClock(builder.Configuration["TalentWatch:TimeZone"]));
        builder.Services.AddSingleton(new EventVisibility(
            builder.Configuration.GetValue(EventVisibility.SettingKey, EventVisibility.DefaultMinConfidence),
            EventVisibility.ParseConfirmedOnly(builder.Configuration[EventVisibility.PublicEventsKey]) ?? false));
        return builder;
    }

    /// <summary>Static files (wwwroot), request localization, the language switch and the pages.</summary>
    public static WebApplication MapTalentWatchPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.MapGet("/culture", SwitchCulture);
        app.MapRazorPages();
        return app;
    }

    /// <summary>
    /// The language switch is a plain link so it works without JavaScript; it only sets a preference cookie and
    /// goes back where the reader was (local URLs only, so it cannot be used as an open redirect).
    /// </summary>
    private static IResult SwitchCulture(HttpContext context, string? name, string? returnUrl)
    {
        var culture = Cultures.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)) ?? Cultures[0];
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : "/";
        return Results.LocalRedirect(target);
    }
}
