using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using TalentWatch.Scraping;
using TalentWatch.Storage;
using TalentWatch.Tests.Storage;

namespace TalentWatch.Tests.Scraping;

/// <summary>
/// Claims on sources as several processes on one database file take them: one holder at a time, renewed claims hold,
/// a dead holder's claim runs out, released sources are free, and a source another instance has just run is not due;
/// a story's page is claimed the same way.
/// </summary>
public abstract class SourceLeasesTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    private readonly ManualClock clock = new(Start);
    private readonly ScraperOptions options = new() { LeaseSeconds = 60 };

    /// <summary>A migrated database of the provider under test.</summary>
    protected abstract Task<TalentWatchDb> OpenMigratedAsync();

    /// <summary>Contexts on that database, each on its own connection as separate processes would be.</summary>
    protected abstract IDbContextFactory<TalentWatchDb> Factory();

    [Fact]
    public async Task One_holder_at_a_time_until_a_dead_holders_claim_runs_out()
    {
        var (factory, source) = await SeedAsync();
        var (first, second) = (Leases(factory, "first"), Leases(factory, "second"));

        Assert.True(await first.TryTakeAsync(source, onlyIfDue: true, default));
        Assert.False(await second.TryTakeAsync(source, onlyIfDue: true, default));
        Assert.False(await second.TryTakeAsync(source, onlyIfDue: false, default));
        Assert.True(await first.TryTakeAsync(source, onlyIfDue: true, default));

        // The first holder stops renewing (killed): its source is free once the claim runs out, and not before.
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(await second.TryTakeAsync(source, onlyIfDue: true, default));
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await second.TryTakeAsync(source, onlyIfDue: true, default));
        Assert.False(await first.RenewAsync(source, default));
        Assert.Equal("second", await HolderAsync(factory, source));
    }

    [Fact]
    public async Task A_renewed_claim_holds_and_a_released_source_is_free_at_once()
    {
        var (factory, source) = await SeedAsync();
        var (first, second) = (Leases(factory, "first"), Leases(factory, "second"));
        Assert.True(await first.TryTakeAsync(source, onlyIfDue: true, default));

        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.True(await first.RenewAsync(source, default));
        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.False(await second.TryTakeAsync(source, onlyIfDue: true, default));

        await first.ReleaseAsync(source);
        Assert.Null(await HolderAsync(factory, source));
        Assert.True(await second.TryTakeAsync(source, onlyIfDue: true, default));
    }

    [Fact]
    public async Task A_run_holds_the_source_throughout_and_frees_it_after_even_when_it_fails()
    {
        var (factory, source) = await SeedAsync();
        var (first, second) = (Leases(factory, "first"), Leases(factory, "second"));

        var result = await first.RunHoldingAsync(source, onlyIfDue: true, async token =>
        {
            // Meanwhile the other instance gets nothing and its run never starts.
            var beside = await second.RunHoldingAsync<string>(source, onlyIfDue: true, _ => throw new InvalidOperationException("ran beside"), token);
            Assert.Null(beside);
            return "ran";
        }, default);
        Assert.Equal("ran", result);
        Assert.Null(await HolderAsync(factory, source));

        await Assert.ThrowsAsync<InvalidOperationException>(() => first.RunHoldingAsync<string>(source, onlyIfDue: true, _ => throw new InvalidOperationException("the run failed"), default));
        Assert.Null(await HolderAsync(factory, source));
    }

    [Fact]
    public async Task A_source_another_instance_has_just_run_is_not_due_but_the_command_line_may_run_it()
    {
        var (factory, source) = await SeedAsync();
        var (server, other) = (Leases(factory, "server"), Leases(factory, "other"));
        Assert.True(await server.TryTakeAsync(source, onlyIfDue: true, default));
        await using (var db = await factory.CreateDbContextAsync())
        {
            // What the runner records at the end of its run, before the claim is released.
            await db.Sources.Where(s => s.Id == source).ExecuteUpdateAsync(u => u.SetProperty(s => s.NextRunAt, Start.UtcDateTime.AddMinutes(30)));
        }
        await server.ReleaseAsync(source);

        Assert.False(await other.TryTakeAsync(source, onlyIfDue: true, default));
        Assert.True(await other.TryTakeAsync(source, onlyIfDue: false, default));
    }

    [Fact]
    public async Task A_restart_frees_what_a_dead_process_of_this_machine_held_and_leaves_other_machines_claims()
    {
        var (factory, source) = await SeedAsync();
        var others = new[] { $"{Environment.MachineName}:{int.MaxValue}:dead0001", "elsewhere:1:alive001", $"{Environment.MachineName}:{Environment.ProcessId}:earlier1" };
        var ids = new List<int> { source };
        await using (var db = await factory.CreateDbContextAsync())
        {
            foreach (var holder in others)
            {
                var held = new Source { Name = holder, Kind = SourceKind.Rss, Url = $"https://{ids.Count}.example/feed.xml", CreatedAt = Start.UtcDateTime, LeaseHolder = holder, LeaseUntil = Start.UtcDateTime.AddMinutes(2) };
                db.Sources.Add(held);
                await db.SaveChangesAsync();
                ids.Add(held.Id);
                db.ArticleClaims.Add(new ArticleClaim { Url = $"https://wire.example/{ids.Count}", Holder = holder, Until = Start.UtcDateTime.AddMinutes(2) });
            }
            await db.SaveChangesAsync();
        }
        var mine = new SourceLeases(factory, options, clock, NullLogger<SourceLeases>.Instance);
        Assert.True(await mine.TryTakeAsync(source, onlyIfDue: true, default));

        Assert.Equal(2, await mine.ReleaseAbandonedAsync(default));
        Assert.Equal(mine.Holder, await HolderAsync(factory, ids[0]));
        Assert.Null(await HolderAsync(factory, ids[1]));
        Assert.Equal("elsewhere:1:alive001", await HolderAsync(factory, ids[2]));
        Assert.Null(await HolderAsync(factory, ids[3]));
        await using var check = await factory.CreateDbContextAsync();
        Assert.Equal(["elsewhere:1:alive001"], await check.ArticleClaims.Select(c => c.Holder).ToListAsync());
    }

    [Fact]
    public async Task A_story_is_fetched_by_one_holder_until_it_releases_it_or_its_claim_runs_out()
    {
        var (factory, _) = await SeedAsync();
        var first = new ArticleClaims(Leases(factory, "first"), clock, NullLogger<ArticleClaims>.Instance);
        var second = new ArticleClaims(Leases(factory, "second"), clock, NullLogger<ArticleClaims>.Instance);
        const string story = "https://wire.example/2026/12/story";
        await using var one = await factory.CreateDbContextAsync();
        await using var other = await factory.CreateDbContextAsync();

        Assert.True(await first.TryTakeAsync(one, story, default));
        Assert.False(await second.TryTakeAsync(other, story, default));
        // Two sources' runs in one process share its name: the second run waits too.
        Assert.False(await first.TryTakeAsync(other, story, default));
        Assert.True(await second.TryTakeAsync(other, story + "-other", default));
        await first.ReleaseAsync(one, story, default);
        Assert.True(await second.TryTakeAsync(other, story, default));

        // The second holder dies mid-fetch: the story is free once its claim runs out, and not before.
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(await first.TryTakeAsync(one, story, default));
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await first.TryTakeAsync(one, story, default));
        // A late release by the dead holder does not drop the new holder's claim.
        await second.ReleaseAsync(other, story, default);
        Assert.Equal("first", await one.ArticleClaims.Where(c => c.Url == story).Select(c => c.Holder).SingleAsync());

        // A drop that fails (the database away) leaves this process's claim behind: its next run takes it at once.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.ReleaseAsync(one, story, new CancellationToken(canceled: true)));
        Assert.Equal(1, await one.ArticleClaims.CountAsync(c => c.Url == story));
        Assert.True(await first.TryTakeAsync(one, story, default));
        Assert.False(await second.TryTakeAsync(other, story, default));
    }

    private SourceLeases Leases(IDbContextFactory<TalentWatchDb> factory, string holder) =>
        new(factory, options, clock, NullLogger<SourceLeases>.Instance) { Holder = holder };

    private async Task<(IDbContextFactory<TalentWatchDb>, int)> SeedAsync()
    {
        await using var db = await OpenMigratedAsync();
        var source = new Source { Name = "wire", Kind = SourceKind.Rss, Url = "https://wire.example/feed.xml", CreatedAt = Start.UtcDateTime, NextRunAt = Start.UtcDateTime };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        return (Factory(), source.Id);
    }

    private static async Task<string?> HolderAsync(IDbContextFactory<TalentWatchDb> factory, int source)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Sources.Where(s => s.Id == source).Select(s => s.LeaseHolder).SingleAsync();
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset now = now;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}

public sealed class SqliteSourceLeasesTests : SourceLeasesTests, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("talentwatch-leases-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    protected override Task<TalentWatchDb> OpenMigratedAsync() => MigratedDatabase.OpenAsync(folder);

    protected override IDbContextFactory<TalentWatchDb> Factory() => new Contexts(() => MigratedDatabase.Sqlite(folder));
}

[Collection(PostgresCluster.Collection)]
public sealed class PostgresSourceLeasesTests(PostgresCluster cluster) : SourceLeasesTests
{
    private readonly string database = cluster.NewDatabase();

    protected override Task<TalentWatchDb> OpenMigratedAsync() => MigratedDatabase.OpenPostgresAsync(database);

    protected override IDbContextFactory<TalentWatchDb> Factory() => new Contexts(() => MigratedDatabase.Postgres(database));
}

/// <summary>Each context a new one on the test's database, as separate processes would each open their own.</summary>
internal sealed class Contexts(Func<TalentWatchDb> open) : IDbContextFactory<TalentWatchDb>
{
    public TalentWatchDb CreateDbContext() => open();
}
