using System.Net.Http;
using Microsoft.Data.Sqlite;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Storage;

/// <summary>
/// A start-up killed while it held EF Core's migration lock leaves the lock's row behind, and EF waits for that row to
/// go, forever. The next start takes it over; a live process that is migrating is waited for, with a log line.
/// </summary>
public sealed class MigrationLockTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);
    private readonly string folder = Directory.CreateTempSubdirectory("talentwatch-lock-").FullName;

    private string Database => Path.Combine(folder, "talentwatch.db");

    private Dictionary<string, string?> OnSharedDatabase() => new() { ["ConnectionStrings:TalentWatch"] = $"Data Source={Database}" };

    [Fact]
    public async Task A_lock_row_left_by_a_killed_start_is_taken_over_and_the_app_starts()
    {
        using (var first = new TalentWatchApp(OnSharedDatabase()))
        {
            using var client = first.CreateClient();
            Assert.Equal("ok", await client.GetStringAsync("/healthz"));
        }
        LeaveLockRow();

        using var second = new TalentWatchApp(OnSharedDatabase());
        using var secondClient = await Task.Run(second.CreateClient).WaitAsync(Bound);

        Assert.Equal("ok", await secondClient.GetStringAsync("/healthz"));
        Assert.Contains("Removed a stale migration lock", second.LogText(), StringComparison.Ordinal);
        Assert.Equal(0, CountLockRows());
    }

    [Fact]
    public async Task A_start_waits_for_a_live_process_that_holds_the_migration_lock_and_says_so()
    {
        using var app = new TalentWatchApp(OnSharedDatabase());
        Task<HttpClient> starting;
        using (new FileStream(Database + "-migrate.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            starting = Task.Run(app.CreateClient);
            await Eventually(() => app.LogText().Contains("Waiting for another TalentWatch process", StringComparison.Ordinal));
            Assert.False(starting.IsCompleted);
        }
        using var client = await starting.WaitAsync(Bound);

        Assert.Equal("ok", await client.GetStringAsync("/healthz"));
        Assert.Contains($"\"Lock\":\"lock file {Database}-migrate.lock\"", app.LogText(), StringComparison.Ordinal);
    }

    // What kill -9 during a migration leaves: EF's table with its one row (EF creates it at the first migration).
    private void LeaveLockRow()
    {
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-01-01 00:00:00+00:00');
            """;
        command.ExecuteNonQuery();
    }

    private long CountLockRows()
    {
        using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsLock\"";
        return (long)command.ExecuteScalar()!;
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        Assert.True(condition(), "the condition did not hold within the bound");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
