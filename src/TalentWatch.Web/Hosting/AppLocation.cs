namespace TalentWatch.Web.Hosting;

/// <summary>
/// Where the app finds its own files (wwwroot, appsettings.json) however it is started. ASP.NET Core looks in the working
/// directory, which is where the user ran the command (the README's `dotnet run --project`, a service manager, a
/// published folder started from elsewhere): without this, every page was unstyled unless the Development launch
/// profile served the project's wwwroot. The data folder stays relative to the working directory, as documented.
/// </summary>
public static class AppLocation
{
    /// <summary>The app's own folder as content root, unless one is given or the working directory has a wwwroot.</summary>
    public static WebApplicationOptions Options(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var given = Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT");
        var asked = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase) || a.StartsWith("contentRoot=", StringComparison.OrdinalIgnoreCase));
        if (given is not null || asked || Directory.Exists(Path.Combine(Directory.GetCurrentDirectory(), "wwwroot")))
        {
            return new WebApplicationOptions { Args = args };
        }
        return new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory };
    }

    /// <summary>
    /// A build (not a publish) keeps wwwroot in the project and a manifest of it beside the app: serve from there in every
    /// environment, as Development does by itself.
    /// </summary>
    public static WebApplicationBuilder ServeBuildAssets(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{builder.Environment.ApplicationName}.staticwebassets.runtime.json");
        if (!builder.Environment.IsDevelopment() && File.Exists(manifest))
        {
            builder.WebHost.UseStaticWebAssets();
        }
        return builder;
    }
}
