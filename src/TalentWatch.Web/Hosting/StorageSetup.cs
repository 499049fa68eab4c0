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
        builder.Services.AddDbContextFactory<TalentWatchDb>(options => options.UseTalentWatchSqlite(connectionString));
        return builder;
    }

    /// <summary>Applies migrations and upserts the configured sources before anything is served or scraped.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var db = await services.GetRequiredService<IDbContextFactory<TalentWatchDb>>().CreateDbContextAsync(cancellationToken);
        await DatabaseSetup.MigrateAsync(db, cancellationToken);
        var configuration = services.GetRequiredService<IConfiguration>();
        var configured = configuration.GetSection("TalentWatch:Sources").Get<List<TalentWatch.Scraping.SourceOptions>>() ?? [];
        var addDefaults = configuration.GetValue("TalentWatch:DefaultSources", defaultValue: true);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("TalentWatch.Sources");
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await TalentWatch.Scraping.SourceSync.SyncAsync(db, configured, now, logger, addDefaults, cancellationToken);
        await TalentWatch.Entities.CatalogSync.SyncAsync(db, TalentWatch.Entities.EntityCatalog.LoadShipped(), now, cancellationToken);
    }
}
