using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Scraping;
using TalentWatch.Storage;

namespace TalentWatch.Web.Hosting;

public static class StorageSetup
{
    public const string ConnectionStringKey = "ConnectionStrings:TalentWatch";

    /// <summary>
    /// SQLite through EF Core; ConnectionStrings:TalentWatch, default a file under ./data. Saves that change what readers
    /// see are published to <see cref="PublishedChanges"/>, which the page and feed caches follow.
    /// </summary>
    public static IHostApplicationBuilder AddTalentWatchStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = ConnectionString(builder.Configuration);
        var provider = Provider(builder.Configuration);
        builder.Services.AddSingleton<PublishedChanges>();
        builder.Services.AddSingleton<PublishedChangesInterceptor>();
        if (provider == DatabaseProvider.Postgres)
        {
            builder.Services.AddHostedService<ChangeNotifications>();
        }
        else
        {
            var minutes = builder.Configuration.GetValue("TalentWatch:Search:MergeMinutes", 60);
            builder.Services.AddSingleton(new TalentWatch.Web.Search.SearchIndexOptions(TimeSpan.FromMinutes(Math.Max(0, minutes))));
            builder.Services.AddHostedService<TalentWatch.Web.Search.SearchIndexMaintenance>();
        }
        builder.Services.AddDbContextFactory<TalentWatchDb>((services, options) => options
            .UseTalentWatchDatabase(provider, provider == DatabaseProvider.Sqlite ? DatabaseSetup.OpenExistingOnly(connectionString) : connectionString,
                TalentWatch.Search.ArticleSearch.Normalize)
            .AddInterceptors(services.GetRequiredService<PublishedChangesInterceptor>()));
        return builder;
    }

    /// <summary>
    /// <see cref="PrepareDatabaseAsync"/> for start-up: a folder or a database that cannot be used is one line on
    /// <paramref name="error"/> naming the path and the setting, and false (the caller exits with
    /// <see cref="ExitCodes.StorageUnavailable"/>). Nothing is written to a file SQLite does not recognise.
    /// </summary>
    public static Task<bool> TryPrepareDatabaseAsync(this IServiceProvider services, TextWriter error, CancellationToken cancellationToken = default) =>
        TryStorageAsync(services, error, () => services.PrepareDatabaseAsync(cancellationToken));

    /// <summary>Like <see cref="TryPrepareDatabaseAsync"/>, migrations only: for a verb that touches no source.</summary>
    public static Task<bool> TryMigrateDatabaseAsync(this IServiceProvider services, TextWriter error, CancellationToken cancellationToken = default) =>
        TryStorageAsync(services, error, async () =>
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<TalentWatchDb>>().CreateDbContextAsync(cancellationToken);
            await DatabaseSetup.MigrateAsync(db, cancellationToken: cancellationToken);
        });

    private static async Task<bool> TryStorageAsync(IServiceProvider services, TextWriter error, Func<Task> prepare)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(error);
        var configuration = services.GetRequiredService<IConfiguration>();
        var database = DatabaseFile(configuration);
        try
        {
            // The database first: when it cannot be used, nothing else (log or keys folder) is created beside it.
            if (database is not null && Path.GetDirectoryName(database) is { Length: > 0 } databaseFolder
                && StartupFolders.Problem(databaseFolder) is { } folderProblem)
            {
                await error.WriteLineAsync($"Storage error: {ConnectionStringKey} names {database}, whose folder cannot be created or written: {folderProblem}.");
                return false;
            }
            if (database is not null && File.Exists(database))
            {
                await ProbeAsync(configuration);
            }
            foreach (var folder in services.GetServices<RequiredFolder>())
            {
                if (StartupFolders.Problem(folder.Path, folder.OwnerOnly) is { } problem)
                {
                    await error.WriteLineAsync($"Storage error: {folder.Key} = \"{folder.Path}\" cannot be created or written: {problem}.");
                    return false;
                }
            }
            await prepare();
            return true;
        }
        catch (SqliteException ex) when (StorageFailure.IsEnvironmental(ex))
        {
            await error.WriteLineAsync(Describe(database ?? "the database", ex));
            return false;
        }
        catch (UnknownSchemaException ex)
        {
            await error.WriteLineAsync(
                $"Storage error: {database ?? "the database"} ({ConnectionStringKey}) was made by another version of TalentWatch "
                + $"(its migrations {string.Join(", ", ex.Migrations)} are not this version's); it was left as it is. Databases made before "
                + "the first release are not upgraded: move it aside to start a new one (configured sources are added again), "
                + $"or point {ConnectionStringKey} at another file.");
            return false;
        }
        catch (DbUpdateException ex) when (ex.InnerException is SqliteException inner && StorageFailure.IsEnvironmental(inner))
        {
            await error.WriteLineAsync(Describe(database ?? "the database", inner));
            return false;
        }
        catch (Npgsql.NpgsqlException ex)
        {
            await error.WriteLineAsync($"Storage error: cannot use the {DatabaseSetup.DescribeServer(ConnectionString(configuration))} ({ConnectionStringKey}): {ex.Message.TrimEnd('.')}.");
            return false;
        }
    }

    /// <summary>Applies migrations and upserts the configured sources before anything is served or scraped.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var db = await services.GetRequiredService<IDbContextFactory<TalentWatchDb>>().CreateDbContextAsync(cancellationToken);
        var loggers = services.GetRequiredService<ILoggerFactory>();
        await DatabaseSetup.MigrateAsync(db, loggers.CreateLogger("TalentWatch.Storage"), cancellationToken);
        var configuration = services.GetRequiredService<IConfiguration>();
        var addDefaults = configuration.GetValue("TalentWatch:DefaultSources", defaultValue: true);
        var logger = loggers.CreateLogger("TalentWatch.Sources");
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await OnceMoreAfterCollisionAsync(db, () => SourceSync.SyncAsync(db, ConfiguredSources.Read(configuration), now, logger, addDefaults, cancellationToken));
        await OnceMoreAfterCollisionAsync(db, () => TalentWatch.Entities.CatalogSync.SyncAsync(db, TalentWatch.Entities.EntityCatalog.LoadShipped(), now, cancellationToken));
        if (await TalentWatch.Events.EventLinker.LinkOrphansAsync(db, cancellationToken) is > 0 and var linked)
        {
            loggers.CreateLogger("TalentWatch.Events").LogWarning("Linked {Count} moves that an interrupted run had saved without their event", linked);
        }
    }

    /// <summary>
    /// Instances started together on one database race to insert the same configured sources and catalog entries: the
    /// loser's insert collides with the winner's row, and its second pass finds that row and updates it instead.
    /// </summary>
    private static async Task OnceMoreAfterCollisionAsync(TalentWatchDb db, Func<Task> sync)
    {
        try
        {
            await sync();
        }
        catch (DbUpdateException ex) when (StorageFailure.IsConstraintViolation(ex))
        {
            db.ChangeTracker.Clear();
            await sync();
        }
    }

    /// <summary>TalentWatch:Database:Provider (checked before start-up by ConfigurationCheck), SQLite by default.</summary>
    public static DatabaseProvider Provider(IConfiguration configuration) =>
        DatabaseProviders.Parse(configuration[DatabaseProviders.ConfigurationKey]) ?? DatabaseProvider.Sqlite;

    /// <summary>ConnectionStrings:TalentWatch, or the default file under ./data.</summary>
    public static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("TalentWatch") ?? DatabaseSetup.DefaultConnectionString;

    /// <summary>The full path of the SQLite file, or null for an in-memory or URI data source.</summary>
    internal static string? DatabaseFile(IConfiguration configuration) =>
        Provider(configuration) == DatabaseProvider.Sqlite ? DatabaseSetup.FilePath(ConnectionString(configuration)) : null;

    /// <summary>
    /// Reads the schema of an existing file through a plain connection before EF Core touches it: a file that is not a
    /// database (or whose first page is damaged) fails here, on a read, so nothing is written to it and EF Core does not
    /// log the failed migration query first.
    /// </summary>
    private static async Task ProbeAsync(IConfiguration configuration)
    {
        await using var connection = new SqliteConnection(ConnectionString(configuration));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master;";
        await command.ExecuteScalarAsync();
    }

    private static string Describe(string database, SqliteException ex) =>
        (ex.SqliteErrorCode & 0xFF) is SQLitePCL.raw.SQLITE_NOTADB or SQLitePCL.raw.SQLITE_CORRUPT
            ? $"Storage error: {database} ({ConnectionStringKey}) is not a usable SQLite database ({ex.Message.TrimEnd('.')}); it was left as it is. "
                + $"Restore it from a backup, or point {ConnectionStringKey} at another file."
            : $"Storage error: cannot use the database {database} ({ConnectionStringKey}): {ex.Message.TrimEnd('.')}.";
}
