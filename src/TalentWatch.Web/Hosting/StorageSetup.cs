using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;

namespace TalentWatch.Web.Hosting;

public static class StorageSetup
{
    /// <summary>SQLite through EF Core; ConnectionStrings:TalentWatch, default a file under ./data.</summary>
    public static IHostApplicationBuilder AddTalentWatchStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration.GetConnectionString("TalentWatch") ?? DatabaseSetup.DefaultConnectionString;
        builder.Services.AddDbContextFactory<TalentWatchDb>(options => options.UseTalentWatchSqlite(DatabaseSetup.OpenExistingOnly(connectionString)));
        return builder;
    }

    /// <summary>Applies migrations and upserts the configured sources before anything is served or scraped.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var db = await services.GetRequiredService<IDbContextFactory<TalentWatchDb>>().CreateDbContextAsync(cancellationToken);
        var loggers = services.GetRequiredService<ILoggerFactory>();
        await DatabaseSetup.MigrateAsync(db, loggers.CreateLogger("TalentWatch.Storage"), cancellationToken);
        var configuration = services.GetRequiredService<IConfiguration>();
        var configured = configuration.GetSection("TalentWatch:Sources").Get<List<TalentWatch.Scraping.SourceOptions>>() ?? [];
        var addDefaults = configuration.GetValue("TalentWatch:DefaultSources", defaultValue: true);
        var logger = loggers.CreateLogger("TalentWatch.Sources");
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await TalentWatch.Scraping.SourceSync.SyncAsync(db, configured, now, logger, addDefaults, cancellationToken);
        await TalentWatch.Entities.CatalogSync.SyncAsync(db, TalentWatch.Entities.EntityCatalog.LoadShipped(), now, cancellationToken);
        if (await TalentWatch.Events.EventLinker.LinkOrphansAsync(db, cancellationToken) is > 0 and var linked)
        {
            loggers.CreateLogger("TalentWatch.Events").LogWarning("Linked {Count} moves that an interrupted run had saved without their event", linked);
        }
    }
}
