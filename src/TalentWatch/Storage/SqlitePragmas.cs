using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TalentWatch.Storage;

/// <summary>
/// The scheduler writes while pages read: every connection waits for a lock instead of failing at once.
/// (WAL mode is persistent in the file and is set once by <see cref="DatabaseSetup"/>.) Also registers the
/// function the full-text index triggers need.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const int BusyTimeoutMs = 10_000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA foreign_keys = ON;";
        command.ExecuteNonQuery();
        Search.ArticleSearch.Register(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA foreign_keys = ON;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        Search.ArticleSearch.Register(connection);
    }
}
