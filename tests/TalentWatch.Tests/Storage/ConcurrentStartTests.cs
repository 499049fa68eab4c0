using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;

namespace TalentWatch.Tests.Storage;

/// <summary>
/// Instances started together all migrate one new PostgreSQL database: one creates and migrates it, the others wait
/// for it and find nothing left to do (CI once saw the second apply a migration the first had just applied).
/// </summary>
[Collection(PostgresCluster.Collection)]
public sealed class ConcurrentStartTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Instances_migrating_one_new_database_together_all_start()
    {
        for (var round = 0; round < 3; round++)
        {
            var database = cluster.NewDatabase();
            var contexts = Enumerable.Range(0, 4).Select(_ => MigratedDatabase.Postgres(database)).ToList();
            try
            {
                await Task.WhenAll(contexts.Select(db => Task.Run(() => DatabaseSetup.MigrateAsync(db))));
                var applied = await contexts[0].Database.GetAppliedMigrationsAsync();
                Assert.Equal(contexts[0].Database.GetMigrations(), applied);
            }
            finally
            {
                foreach (var db in contexts)
                {
                    await db.DisposeAsync();
                }
            }
        }
    }

    [Fact]
    public async Task A_start_waits_while_another_holds_the_migration_lock_and_goes_on_when_its_connection_ends()
    {
        var database = cluster.NewDatabase();
        await using (var first = await MigratedDatabase.OpenPostgresAsync(database))
        {
            var holder = MigratedDatabase.Postgres(database);
            await MigrationLock.AcquirePostgresAsync(holder, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, default);
            await using var second = MigratedDatabase.Postgres(database);
            var starting = Task.Run(() => DatabaseSetup.MigrateAsync(second));

            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.False(starting.IsCompleted);

            // what a killed holder leaves: its connection gone, the lock with it (no pool keeps the session)
            await holder.Database.CloseConnectionAsync();
            Npgsql.NpgsqlConnection.ClearAllPools();
            await holder.DisposeAsync();
            await starting.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }
}
