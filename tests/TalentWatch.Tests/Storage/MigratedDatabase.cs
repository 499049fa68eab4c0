using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TalentWatch.Storage;

namespace TalentWatch.Tests.Storage;

/// <summary>A database file in the test's folder, opened as the app opens it (with any interceptors given) and migrated.</summary>
internal static class MigratedDatabase
{
    public static async Task<TalentWatchDb> OpenAsync(string folder, params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<TalentWatchDb>();
        options.UseTalentWatchSqlite($"Data Source={Path.Combine(folder, "t.db")};Pooling=False").AddInterceptors(interceptors);
        var db = new TalentWatchDb(options.Options);
        await DatabaseSetup.MigrateAsync(db);
        return db;
    }
}
