using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;

namespace TalentWatch.Web.Tests.Infrastructure;

/// <summary>The database an app process is configured with, opened from outside the process to read what it stored.</summary>
public sealed record AppDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public static AppDatabase SqliteFile(string path) => new(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False");

    /// <summary>The settings that point an app process at this database.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        [DatabaseProviders.ConfigurationKey] = Provider == DatabaseProvider.Postgres ? "postgres" : "sqlite",
        ["ConnectionStrings:TalentWatch"] = ConnectionString,
    };

    public TalentWatchDb Open()
    {
        var options = new DbContextOptionsBuilder<TalentWatchDb>();
        options.UseTalentWatchDatabase(Provider, ConnectionString, TalentWatch.Search.ArticleSearch.Normalize);
        return new TalentWatchDb(options.Options);
    }
}
