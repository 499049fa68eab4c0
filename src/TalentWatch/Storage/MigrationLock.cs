using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace TalentWatch.Storage;

/// <summary>
/// EF Core marks a migration in progress with a row in __EFMigrationsLock and waits, forever, while the row is
/// there; a start-up killed mid-migration leaves it behind. A lock on a file beside the database says whether a
/// live process is migrating (the kernel drops the lock when its holder dies), so whoever holds the file lock
/// knows that any row left in the table is stale and removes it.
/// </summary>
internal static class MigrationLock
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(10);

    public static async Task<IDisposable> AcquireAsync(string databasePath, ILogger logger, CancellationToken cancellationToken)
    {
        var lockPath = databasePath + "-migrate.lock";
        FileStream? held = null;
        await WaitForAsync(
            () =>
            {
                try
                {
                    // FileShare.None is an exclusive flock on Unix and a share lock on Windows: either way one holder.
                    held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    return Task.FromResult(true);
                }
                catch (IOException)
                {
                    return Task.FromResult(false);
                }
            },
            databasePath,
            $"lock file {lockPath}",
            "Stop the other TalentWatch process (or the tool holding that file) and start again.",
            logger,
            cancellationToken);
        return held!;
    }

    /// <summary>
    /// EF's own lock on PostgreSQL covers one migration at a time, so a second instance that read the applied list
    /// before the first finished applies a migration twice. A session advisory lock on the context's connection,
    /// held from before that read until every migration is in, makes the others wait and then find nothing to do; the
    /// server drops it when its holder's connection ends, so a killed start leaves nothing behind.
    /// </summary>
    public static async Task<IAsyncDisposable> AcquirePostgresAsync(TalentWatchDb db, ILogger logger, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await WaitForAsync(
                () => db.Database
                    .SqlQuery<bool>($"SELECT pg_try_advisory_lock({PostgresLockKey}) AS \"Value\"")
                    .SingleAsync(cancellationToken),
                DatabaseSetup.DescribeServer(db.Database.GetConnectionString()),
                $"advisory lock {PostgresLockKey}",
                "Stop the other TalentWatch process (see pg_locks for the session holding the advisory lock) and start again.",
                logger,
                cancellationToken);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
        return new PostgresHold(db);
    }

    // Any fixed number: advisory locks are per database, and only TalentWatch migrates this one.
    private const long PostgresLockKey = 0x54616c656e74;

    private sealed class PostgresHold(TalentWatchDb db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({PostgresLockKey})");
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static async Task WaitForAsync(Func<Task<bool>> tryTake, string database, string heldLock, string advice, ILogger logger, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        var reported = -ReportEvery;
        while (true)
        {
            if (await tryTake())
            {
                return;
            }
            if (waited.Elapsed >= Patience)
            {
                throw new IOException($"Another process has held the migration lock of {database} ({heldLock}) for {Patience.TotalMinutes:0} minutes. {advice}");
            }
            if (waited.Elapsed - reported >= ReportEvery)
            {
                reported = waited.Elapsed;
                logger.LogWarning("Waiting for another TalentWatch process that is applying migrations to {Database} ({Seconds:0} s so far; {Lock})",
                    database, waited.Elapsed.TotalSeconds, heldLock);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    public static async Task RemoveStaleRowAsync(TalentWatchDb db, ILogger logger, CancellationToken cancellationToken)
    {
        var tables = await db.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .SingleAsync(cancellationToken);
        if (tables == 0)
        {
            return;
        }
        var since = await db.Database.SqlQuery<string>($"SELECT \"Timestamp\" AS \"Value\" FROM \"__EFMigrationsLock\"").ToListAsync(cancellationToken);
        if (since.Count == 0)
        {
            return;
        }
        await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsLock\"", cancellationToken);
        logger.LogWarning("Removed a stale migration lock (taken at {Since}) that an interrupted start-up left in the database", since[0]);
    }
}
