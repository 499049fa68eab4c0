using Microsoft.EntityFrameworkCore;

namespace TalentWatch.Storage;

/// <summary>
/// Whether the database can take a write now: the SQLite file is still where the connection string says (a deleted
/// file keeps taking writes through open handles, into nothing), and a one-row heartbeat commits.
/// </summary>
public static class StorageProbe
{
    private static readonly string Instance = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Cheap: only the file check. Null when fine, else what is wrong.</summary>
    public static string? FileProblem(TalentWatchDb db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var path = DatabaseSetup.FilePath(db.Database.GetConnectionString());
        if (path is null || File.Exists(path))
        {
            return null;
        }
        StorageFailure.ForgetPooledConnections(); // they hold the deleted file open
        return $"The database file {path} (ConnectionStrings:TalentWatch) is gone; writes would be lost. Restore it or restart TalentWatch to create a new one.";
    }

    /// <summary>The file check and a committed write. Null when fine, else what is wrong.</summary>
    public static async Task<string?> ProblemAsync(TalentWatchDb db, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (FileProblem(db) is { } missing)
        {
            return missing;
        }
        try
        {
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "StorageHeartbeats" ("Instance", "At") VALUES ({Instance}, {now}) ON CONFLICT ("Instance") DO UPDATE SET "At" = excluded."At" """,
                cancellationToken);
            return null;
        }
        catch (Exception ex) when (StorageFailure.IsStorageFailure(ex))
        {
            StorageFailure.ForgetPooledConnections();
            return $"The database does not take writes: {StorageFailure.Describe(ex)}";
        }
    }
}
