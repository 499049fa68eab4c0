using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace TalentWatch.Storage;

public static class DatabaseSetup
{
    public const string DefaultConnectionString = "Data Source=data/talentwatch.db";

    /// <summary>The assembly that holds the PostgreSQL migrations (SQLite's are in this one).</summary>
    public const string PostgresMigrationsAssembly = "TalentWatch.Postgres";

    /// <summary>
    /// The configured provider with its connection string; shared by the app, the CLI and tests. PostgreSQL needs the
    /// search's normaliser to write what it searches.
    /// </summary>
    public static DbContextOptionsBuilder UseTalentWatchDatabase(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, Func<string?, string?> normalizeForSearch) =>
        provider == DatabaseProvider.Postgres ? options.UseTalentWatchPostgres(connectionString, normalizeForSearch) : options.UseTalentWatchSqlite(connectionString);

    /// <summary>Adds the pragmas interceptor to SQLite options.</summary>
    public static DbContextOptionsBuilder UseTalentWatchSqlite(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return QuietFailures(options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas()));
    }

    /// <summary>PostgreSQL through Npgsql, its migrations from <see cref="PostgresMigrationsAssembly"/>, search text written by the app.</summary>
    public static DbContextOptionsBuilder UseTalentWatchPostgres(this DbContextOptionsBuilder options, string connectionString, Func<string?, string?> normalizeForSearch)
    {
        ArgumentNullException.ThrowIfNull(options);
        return QuietFailures(options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly))
            .AddInterceptors(new PostgresSearchText(normalizeForSearch)));
    }

    // A failed command or save always reaches its caller as an exception, which is handled (a collision with a concurrent
    // run is retried and logged as information) or logged there with what was being done. EF's own line would double it,
    // as an error with a stack trace even for the collisions that are expected.
    private static DbContextOptionsBuilder QuietFailures(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(warnings => warnings.Log(
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug),
            (RelationalEventId.ConnectionError, LogLevel.Debug)));

    /// <summary>
    /// Creates the database folder, applies pending migrations while holding the migration lock (taking over one
    /// that an interrupted start left behind) and switches the file to WAL. Each step is logged.
    /// </summary>
    public static async Task MigrateAsync(TalentWatchDb db, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        logger ??= NullLogger.Instance;
        var path = FilePath(db.Database.GetConnectionString());
        if (path is not null && Path.GetDirectoryName(path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
        logger.LogInformation("Opening the database {Database}", path ?? (db.Database.IsNpgsql() ? DescribeServer(db.Database.GetConnectionString()) : "(in memory)"));
        if (path is not null)
        {
            await CreateFileAsync(db.Database.GetConnectionString()!, cancellationToken);
        }
        if (db.Database.IsNpgsql())
        {
            await CreateServerDatabaseAsync(db, logger, cancellationToken);
        }
        await using (var heldOnServer = db.Database.IsNpgsql() ? await MigrationLock.AcquirePostgresAsync(db, logger, cancellationToken) : null)
        using (var held = path is null ? null : await MigrationLock.AcquireAsync(path, logger, cancellationToken))
        {
            if (held is not null)
            {
                await MigrationLock.RemoveStaleRowAsync(db, logger, cancellationToken);
            }
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
            var known = db.Database.GetMigrations().ToList();
            var unknown = applied.Except(known).ToList();
            if (unknown.Count > 0)
            {
                throw new UnknownSchemaException(unknown);
            }

            var pending = known.Except(applied).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} database migrations: {Migrations}", pending.Count, string.Join(", ", pending));
            }
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }
        logger.LogInformation("Database ready");
    }

    /// <summary>
    /// Creates the PostgreSQL database when the server has none of that name (the role needs CREATEDB; otherwise create
    /// it once by hand). Instances starting together may race: the loser finds it made and goes on.
    /// </summary>
    private static async Task CreateServerDatabaseAsync(TalentWatchDb db, ILogger logger, CancellationToken cancellationToken)
    {
        var creator = db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }
        logger.LogInformation("Creating the {Database}", DescribeServer(db.Database.GetConnectionString()));
        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (Npgsql.PostgresException ex) when (ex.SqlState == Npgsql.PostgresErrorCodes.DuplicateDatabase)
        {
            // another instance created it a moment ago
        }
    }

    /// <summary>"PostgreSQL database talentwatch on db.example:5432", never the password.</summary>
    public static string DescribeServer(string? connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}";
    }

    /// <summary>
    /// The app's connections open the file but never create it: a database file deleted while the app runs must show as
    /// missing (health check, paused scraping), not be replaced by an empty one that the next connection creates.
    /// Start-up creates it (<see cref="MigrateAsync"/>). An explicit Mode in the connection string is kept.
    /// </summary>
    public static string OpenExistingOnly(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (FilePath(connectionString) is null || builder.Mode != SqliteOpenMode.ReadWriteCreate)
        {
            return connectionString;
        }
        builder.Mode = SqliteOpenMode.ReadWrite;
        return builder.ToString();
    }

    private static async Task CreateFileAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.ReadWrite)
        {
            return;
        }
        builder.Mode = SqliteOpenMode.ReadWriteCreate;
        builder.Pooling = false;
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
    }

    /// <summary>The full path of a file-based SQLite database, or null (in memory, a URI, a server database, none).</summary>
    public static string? FilePath(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString))
        {
            return null;
        }
        string dataSource;
        try
        {
            dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        }
        catch (ArgumentException)
        {
            return null; // a PostgreSQL connection string (Host=...), which SQLite's keywords do not cover
        }
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return null;
        }
        return Path.GetFullPath(dataSource);
    }
}
