using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace TalentWatch.Web.Hosting;

public static class LoggingSetup
{
    private const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Console plus a daily rolling JSON file under TalentWatch:LogFolder (default data/logs). The file keeps every
    /// structured property (Source, Url, Status, DurationMs), so a failing source can be diagnosed from it alone.
    /// </summary>
    /// <param name="consoleToStandardError">The CLI keeps stdout for its own output (JSON Lines).</param>
    public static IHostApplicationBuilder AddTalentWatchLogging(this IHostApplicationBuilder builder, bool consoleToStandardError = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var folder = builder.Configuration["TalentWatch:LogFolder"] ?? Path.Combine("data", "logs");
        // The file sink gives up silently on a folder it cannot create; start-up checks it first and says so.
        builder.Services.AddSingleton(new RequiredFolder("TalentWatch:LogFolder", folder));
        builder.Services.AddSerilog((services, logger) => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
            // "No XML encryptor configured": the keys folder is owner-only by design (AdminSetup); said once in the README.
            .MinimumLevel.Override("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogEventLevel.Error)
            // Last, so the Serilog section of the configuration can change the levels (Serilog:MinimumLevel:Default).
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: ConsoleTemplate, standardErrorFromLevel: consoleToStandardError ? LogEventLevel.Verbose : null, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(folder, "talentwatch-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14),
            // Each host writes through its own logger rather than the process-wide static one, so two hosts in one
            // process (the test suite) never log into each other's files.
            preserveStaticLogger: true);
        return builder;
    }
}
