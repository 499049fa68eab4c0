using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;

namespace TalentWatch.Search;

/// <summary>
/// Keeps SQLite's full-text index in few segments. FTS5 adds a segment for every batch of stored articles and merges
/// them only now and then, so an index filled quickly (a large import, a busy week) answers every query by reading
/// dozens of segments: at a million articles a two-word search took 200-500 ms, 70-150 ms once merged. A merge step
/// writes a bounded number of pages, so the scraper's writes wait for one short step, never for the whole merge.
/// PostgreSQL's GIN index needs nothing of the kind (autovacuum maintains it).
/// </summary>
public static class SearchIndexMerge
{
    /// <summary>Pages one step writes at most: tens of milliseconds of work.</summary>
    public const int PagesPerStep = 2000;

    /// <summary>
    /// One step over every level with more than one segment; true when it merged something (call again), false when
    /// the index was already merged, or on PostgreSQL.
    /// </summary>
    public static async Task<bool> StepAsync(TalentWatchDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return false;
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var before = await TotalChangesAsync(connection, cancellationToken);
            await using (var merge = connection.CreateCommand())
            {
                // A negative page count merges every level holding two or more segments, not only those automerge would.
                merge.CommandText = $"INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('merge', {-PagesPerStep})";
                await merge.ExecuteNonQueryAsync(cancellationToken);
            }

            // SQLite's documented signal: a merge that did work moves total_changes() on by two or more.
            return await TotalChangesAsync(connection, cancellationToken) - before > 1;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<long> TotalChangesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT total_changes()";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
