using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TalentWatch.Storage;

public static class DatabaseSetup
{
    public const string DefaultConnectionString = "Data Source=data/talentwatch.db";

    /// <summary>Adds the pragmas interceptor to SQLite options; shared by the app, the CLI and tests.</summary>
    public static DbContextOptionsBuilder UseTalentWatchSqlite(this DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas());
    }

    /// <summary>Creates the database folder, switches the file to WAL and applies pending migrations.</summary>
    public static async Task MigrateAsync(TalentWatchDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        EnsureFolder(db.Database.GetConnectionString());
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
    }

    private static void EnsureFolder(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString))
        {
            return;
        }
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
