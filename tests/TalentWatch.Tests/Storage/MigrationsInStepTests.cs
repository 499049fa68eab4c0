using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;

namespace TalentWatch.Tests.Storage;

/// <summary>
/// Each provider's migrations describe the model as it is: a model change without its migration for SQLite or for
/// PostgreSQL (CONTRIBUTING: one of each) fails here rather than at an operator's start-up.
/// </summary>
public sealed class MigrationsInStepTests
{
    [Fact]
    public void The_sqlite_migrations_hold_every_model_change()
    {
        var options = new DbContextOptionsBuilder<TalentWatchDb>();
        options.UseTalentWatchSqlite("Data Source=:memory:");
        using var db = new TalentWatchDb(options.Options);
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void The_postgres_migrations_hold_every_model_change()
    {
        // No server is contacted: the model is compared with the last migration's snapshot.
        using var db = MigratedDatabase.Postgres("Host=localhost;Database=talentwatch_unused");
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
