using System.CommandLine;
using System.Globalization;
using TalentWatch.Storage;
using TalentWatch.Web.Hosting;

namespace TalentWatch.Web.Cli;

/// <summary>`backup PATH`: a consistent copy of the database, safe while the app is running and scraping.</summary>
public static class BackupCommand
{
    public static Command Create(string[] settings, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var path = new Argument<string>("PATH") { Description = "The new file to write; an existing file is never overwritten." };
        var command = new Command("backup", "Write a consistent copy of the SQLite database, safe while the app runs.") { path };
        command.SetAction(parsed => RunAsync(parsed.GetRequiredValue(path), settings, console.Output, console.Error));
        return command;
    }

    private static async Task<int> RunAsync(string path, string[] settings, TextWriter output, TextWriter error)
    {
        var builder = Host.CreateApplicationBuilder(settings);
        var connectionString = StorageSetup.ConnectionString(builder.Configuration);
        if (StorageSetup.Provider(builder.Configuration) == DatabaseProvider.Postgres)
        {
            await error.WriteLineAsync("backup copies a SQLite file; a PostgreSQL database is backed up with its own tools, e.g. "
                + "pg_dump --format=custom --file=talentwatch.dump DBNAME (README, Operations).");
            return 2;
        }
        try
        {
            var result = DatabaseBackup.Run(connectionString, path);
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
