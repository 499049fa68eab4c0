using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TalentWatch.Storage;

/// <summary>
/// Tells the database's own trouble (read-only, disk full, I/O error, file gone) from a collision with a concurrent
/// writer, which the caller retries, so a storage failure is reported as one instead of as a bad article.
/// </summary>
public static class StorageFailure
{
    private const int SqliteConstraint = 19;

    /// <summary>
    /// What the disk or the file can cause (cannot open, not a database, corrupt, read-only, full, I/O, locked): at
    /// start-up one line for the operator; a constraint or SQL error is a bug and keeps its stack trace.
    /// </summary>
    public static bool IsEnvironmental(SqliteException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return (exception.SqliteErrorCode & 0xFF) is SQLitePCL.raw.SQLITE_CANTOPEN or SQLitePCL.raw.SQLITE_NOTADB or SQLitePCL.raw.SQLITE_CORRUPT
            or SQLitePCL.raw.SQLITE_READONLY or SQLitePCL.raw.SQLITE_FULL or SQLitePCL.raw.SQLITE_IOERR or SQLitePCL.raw.SQLITE_PERM
            or SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED or SQLitePCL.raw.SQLITE_AUTH;
    }

    /// <summary>
    /// The database cannot be reached or used right now (a server down or restarting, a file that refuses reads):
    /// readers get "unavailable, try again" rather than an error, since nothing is wrong with what they asked.
    /// </summary>
    public static bool IsUnavailable(Exception exception) =>
        Chain(exception).Any(e => e is Npgsql.NpgsqlException { IsTransient: true } || (e is SqliteException sqlite && IsEnvironmental(sqlite)));

    public static bool IsConstraintViolation(Exception exception) =>
        Chain(exception).Any(e => e is SqliteException { SqliteErrorCode: SqliteConstraint }
            || e is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation or Npgsql.PostgresErrorCodes.ForeignKeyViolation });

    public static bool IsStorageFailure(Exception exception) =>
        !IsConstraintViolation(exception)
        && Chain(exception).Any(e => e is DbException or IOException or UnauthorizedAccessException
            // EF's complaint when a failed save left generated keys behind; the failed write is the cause.
            || (e is InvalidOperationException && e.Message.Contains("temporary value", StringComparison.Ordinal))
            || e is DbUpdateException);

    /// <summary>
    /// SQLite decides at open whether a connection may write: one opened while the file refused writes stays
    /// read-only after the file recovers. Pooled connections are dropped after a failure so the next attempt opens
    /// fresh ones (connections in use are dropped when they return).
    /// </summary>
    public static void ForgetPooledConnections()
    {
        SqliteConnection.ClearAllPools();
        // A server that restarted leaves broken sockets in the pool; the next attempt should not meet them.
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    /// <summary>The innermost database message ("attempt to write a readonly database"), not EF's wrapper.</summary>
    public static string Describe(Exception exception) =>
        (Chain(exception).LastOrDefault(e => e is DbException) ?? Chain(exception).Last()).Message;

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            yield return exception;
        }
    }
}

/// <summary>The database could not take a write; the run stops, since every article after this one would be lost.</summary>
public sealed class StorageFailureException(string message, Exception inner) : Exception(message, inner);
