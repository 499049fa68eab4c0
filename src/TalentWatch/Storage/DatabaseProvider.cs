namespace TalentWatch.Storage;

/// <summary>
/// Where TalentWatch keeps its data (TalentWatch:Database:Provider): a SQLite file, the default for one machine, or a
/// PostgreSQL database that several instances share.
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseProviders
{
    public const string ConfigurationKey = "TalentWatch:Database:Provider";

    /// <summary>"sqlite" (or nothing) and "postgres" (or "postgresql"), any case; null for anything else.</summary>
    public static DatabaseProvider? Parse(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => DatabaseProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" => DatabaseProvider.Postgres,
        _ => null,
    };
}
