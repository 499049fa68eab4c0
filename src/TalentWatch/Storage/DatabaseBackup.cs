using Microsoft.Data.Sqlite;

namespace TalentWatch.Storage;

/// <summary>
/// A consistent copy of the database while the app keeps running, through SQLite's online backup API: the copy is
/// one snapshot (writers are not stopped, readers never see half a write), and it is checked before it is reported.
/// </summary>
public static class DatabaseBackup
{
    public sealed record Result(string Source, string Destination, long Bytes, long Articles);

    /// <summary>Copies the database to <paramref name="destination"/>, which must not exist yet.</summary>
    public static Result Run(string connectionString, string destination)
    {
        var source = DatabaseSetup.FilePath(connectionString)
            ?? throw new BackupException("Only a database file can be backed up (ConnectionStrings:TalentWatch names none).");
        if (!File.Exists(source))
        {
            throw new BackupException($"There is no database at {source} (ConnectionStrings:TalentWatch).");
        }
        var target = Path.GetFullPath(destination);
        if (File.Exists(target) || Directory.Exists(target))
        {
            throw new BackupException($"{target} already exists: name a new file, so no earlier backup is overwritten.");
        }
        using (var from = Open(source, SqliteOpenMode.ReadOnly))
        using (var to = Open(target, SqliteOpenMode.ReadWriteCreate))
        {
            from.BackupDatabase(to);
            // The running processes' claims on sources and stories are not the copy's: a copy started as it is scrapes at once.
            if (Execute(to, "SELECT COUNT(*) FROM pragma_table_info('Sources') WHERE name = 'LeaseHolder';") is 1L)
            {
                Execute(to, "UPDATE Sources SET LeaseHolder = NULL, LeaseUntil = NULL WHERE LeaseHolder IS NOT NULL;");
            }
            if (Execute(to, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'ArticleClaims';") is 1L)
            {
                Execute(to, "DELETE FROM ArticleClaims;");
            }
            // A backup that could be moved elsewhere alone: no -wal file beside it.
            Execute(to, "PRAGMA journal_mode = DELETE;");
        }
        using var check = Open(target, SqliteOpenMode.ReadOnly);
        var integrity = Execute(check, "PRAGMA integrity_check;") as string;
        if (integrity != "ok")
        {
            throw new BackupException($"The copy at {target} failed SQLite's integrity check: {integrity}");
        }
        var articles = (long)Execute(check, "SELECT COUNT(*) FROM Articles;")!;
        return new Result(source, target, new FileInfo(target).Length, articles);
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static object? Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

/// <summary>A backup that could not be made, with what to do about it.</summary>
public sealed class BackupException(string message) : Exception(message);
