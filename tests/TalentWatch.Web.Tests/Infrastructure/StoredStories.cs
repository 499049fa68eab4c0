using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Events;
using TalentWatch.Storage;

namespace TalentWatch.Web.Tests.Infrastructure;

/// <summary>Reads what an app process stored in its database file, from outside, while it runs or after it died.</summary>
public static class StoredStories
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    public static int Count(string database) => File.Exists(database) ? Count(AppDatabase.SqliteFile(database)) : 0;

    public static int Count(AppDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        try
        {
            using var db = database.Open();
            return db.Articles.Count();
        }
        catch (Exception ex) when (ex is SqliteException or Npgsql.NpgsqlException)
        {
            return 0; // not created or not migrated yet
        }
    }

    public static Task WaitForAllAsync(string database) => WaitForAllAsync(AppDatabase.SqliteFile(database));

    public static async Task WaitForAllAsync(AppDatabase database)
    {
        var clock = Stopwatch.StartNew();
        while (Count(database) < HiringNewsSite.Stories)
        {
            Assert.True(clock.Elapsed < Bound, $"{Count(database)} of {HiringNewsSite.Stories} stories stored");
            await Task.Delay(200);
        }
    }

    /// <summary>
    /// The hiring site's 16 stories, each once; its 8 hires, each one event with its two reports; no identifiable move
    /// without its event.
    /// </summary>
    public static Task AssertEverythingStoredOnceAsync(string database) => AssertEverythingStoredOnceAsync(AppDatabase.SqliteFile(database));

    public static async Task AssertEverythingStoredOnceAsync(AppDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.Open();
        var urls = await db.Articles.Select(a => a.Url).ToListAsync();
        Assert.Equal(HiringNewsSite.Stories, urls.Count);
        Assert.Equal(HiringNewsSite.Stories, urls.Distinct().Count());
        var events = await db.Events.Select(e => new { e.PersonId, e.ToId, Reports = e.Moves.Count }).ToListAsync();
        Assert.Equal(HiringNewsSite.Hires, events.Count);
        Assert.All(events, e => Assert.Equal(2, e.Reports));
        Assert.Equal(0, await db.Moves.Where(m => m.EventId == null).Where(EventLinker.HasKeyExpression).CountAsync());
    }
}
