using System.Globalization;
using TalentWatch.Storage;
using TalentWatch.Web.Hosting;

namespace TalentWatch.Web.Cli;

/// <summary>`backup PATH`: a consistent copy of the database, safe while the app is running and scraping.</summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var paths = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !a.Contains('=', StringComparison.Ordinal)).ToList();
        if (paths.Count != 1)
        {
            await error.WriteLineAsync("backup needs exactly one PATH: the new file to write.\n" + CommandLine.Usage);
            return 2;
        }
        var builder = Host.CreateApplicationBuilder([.. args.Except(paths)]);
        var connectionString = StorageSetup.ConnectionString(builder.Configuration);
        if (StorageSetup.Provider(builder.Configuration) == DatabaseProvider.Postgres)
        {
            await error.WriteLineAsync("backup copies a SQLite file; a PostgreSQL database is backed up with its own tools, e.g. "
                + "pg_dump --format=custom --file=talentwatch.dump DBNAME (README, Operations).");
            return 2;
        }
        try
        {
            var result = DatabaseBackup.Run(connectionString, paths[0]);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Backed up {result.Source} to {result.Destination}: {result.Bytes / 1048576.0:0.0} MiB, {result.Articles} articles, integrity ok."));
            return 0;
        }
        catch (Exception ex) when (ex is BackupException or Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Backup failed: {ex.Message}");
            return 1;
        }
    }
}
