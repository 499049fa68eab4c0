using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TalentWatch.Storage;

namespace TalentWatch.Tests.Storage;

/// <summary>A database (a file in the test's folder, or a PostgreSQL database), opened as the app opens it (with any interceptors given) and migrated.</summary>
internal static class MigratedDatabase
{
    public static async Task<TalentWatchDb> OpenPostgresAsync(string connectionString, params IInterceptor[] interceptors)
    {
        var db = Postgres(connectionString, interceptors);
        await DatabaseSetup.MigrateAsync(db);
        return db;
    }

    /// <summary>A context on an existing PostgreSQL database, as another process would open it.</summary>
    public static TalentWatchDb Postgres(string connectionString, params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<TalentWatchDb>();
        options.UseTalentWatchPostgres(connectionString, TalentWatch.Search.ArticleSearch.Normalize).AddInterceptors(interceptors);
        return new TalentWatchDb(options.Options);
    }

    public static async Task<TalentWatchDb> OpenAsync(string folder, params IInterceptor[] interceptors)
    {
        var db = Sqlite(folder, interceptors);
        await DatabaseSetup.MigrateAsync(db);
        return db;
    }

    /// <summary>A context on the test folder's database file, on a connection of its own as another process would open it.</summary>
    public static TalentWatchDb Sqlite(string folder, params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<TalentWatchDb>();
        options.UseTalentWatchSqlite($"Data Source={Path.Combine(folder, "t.db")};Pooling=False").AddInterceptors(interceptors);
        return new TalentWatchDb(options.Options);
    }
}
