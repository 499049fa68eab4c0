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
        var waited = Stopwatch.StartNew();
        var reported = -ReportEvery;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Unix and a share lock on Windows: either way one holder.
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < Patience)
            {
                if (waited.Elapsed - reported >= ReportEvery)
                {
                    reported = waited.Elapsed;
                    logger.LogWarning("Waiting for another TalentWatch process that is applying migrations to {Database} ({Seconds:0} s so far; lock file {LockFile})",
                        databasePath, waited.Elapsed.TotalSeconds, lockPath);
                }
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
            catch (IOException ex)
            {
                throw new IOException(
                    $"Another process has held the migration lock {lockPath} of {databasePath} for {Patience.TotalMinutes:0} minutes. " +
                    "Stop the other TalentWatch process (or the tool holding that file) and start again.", ex);
            }
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
