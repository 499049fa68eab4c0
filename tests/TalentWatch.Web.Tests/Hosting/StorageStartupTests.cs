using System.Security.Cryptography;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Hosting;

/// <summary>A database or folder that cannot be used stops start-up with one line naming the file and the setting, exit 74; the file is left as it was.</summary>
public class StorageStartupTests
{
    private static string Database(string path) => $"Data Source={path}";

    [Fact]
    public async Task A_database_folder_that_cannot_be_created_is_named_with_the_setting()
    {
        await using var app = new AppProcess();
        var file = Path.Combine(app.Folder, "not-a-folder");
        await File.WriteAllTextAsync(file, "a file where a folder should be");
        var database = Path.Combine(file, "data", "talentwatch.db");
        app.Settings["ConnectionStrings:TalentWatch"] = Database(database);

        app.StartWeb();

        Assert.Equal(ExitCodes.StorageUnavailable, await app.WaitForExitAsync());
        Assert.Equal([$"Storage error: ConnectionStrings:TalentWatch names {database}, whose folder cannot be created or written: {file} is a file, not a folder."], app.ErrorLines);
        ConfigurationCheckTests.AssertNoStackTrace(app);
    }

    [Fact]
    public async Task A_log_folder_that_cannot_be_created_is_named_with_the_setting()
    {
        await using var app = new AppProcess();
        var file = Path.Combine(app.Folder, "not-a-folder");
        await File.WriteAllTextAsync(file, "a file where a folder should be");
        var logs = Path.Combine(file, "logs");
        app.Settings["TalentWatch:LogFolder"] = logs;

        app.StartWeb();

        Assert.Equal(ExitCodes.StorageUnavailable, await app.WaitForExitAsync());
        Assert.Equal([$"Storage error: TalentWatch:LogFolder = \"{logs}\" cannot be created or written: {file} is a file, not a folder."], app.ErrorLines);
        ConfigurationCheckTests.AssertNoStackTrace(app);
    }

    [Theory]
    [InlineData("random bytes")]
    [InlineData("a SQLite header over garbage")]
    public async Task A_file_that_is_not_a_database_is_named_and_left_untouched(string content)
    {
        await using var app = new AppProcess();
        var folder = Directory.CreateDirectory(Path.Combine(app.Folder, "data")).FullName;
        var database = Path.Combine(folder, "talentwatch.db");
        // SQLite's own header over garbage passes a first glance and fails on the first read.
        var bytes = content == "random bytes"
            ? RandomNumberGenerator.GetBytes(8192)
            : [.. "SQLite format 3\0"u8, .. RandomNumberGenerator.GetBytes(8192)];
        await File.WriteAllBytesAsync(database, bytes);
        app.Settings["ConnectionStrings:TalentWatch"] = Database(database);

        app.StartWeb();

        Assert.Equal(ExitCodes.StorageUnavailable, await app.WaitForExitAsync());
        Assert.Equal(
            [$"Storage error: {database} (ConnectionStrings:TalentWatch) is not a usable SQLite database (SQLite Error 26: 'file is not a database'); it was left as it is. "
                + "Restore it from a backup, or point ConnectionStrings:TalentWatch at another file."],
            app.ErrorLines);
        ConfigurationCheckTests.AssertNoStackTrace(app);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(database));
        // Nothing written beside it either: no journal, no WAL, no keys folder.
        Assert.Equal([database], Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public async Task A_database_another_version_migrated_is_named_with_what_to_do_and_left_untouched()
    {
        await using var app = new AppProcess();
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT NOT NULL PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsHistory" VALUES ('20261128152018_Initial', '10.0.0'), ('20261128162541_EntitiesMovesAndEvents', '10.0.0');
                """;
            await command.ExecuteNonQueryAsync();
        }
        var before = await File.ReadAllBytesAsync(app.DatabasePath);

        app.StartWeb();

        Assert.Equal(ExitCodes.StorageUnavailable, await app.WaitForExitAsync());
        Assert.Equal(
            [$"Storage error: {app.DatabasePath} (ConnectionStrings:TalentWatch) was made by another version of TalentWatch (its migrations "
                + "20261128152018_Initial, 20261128162541_EntitiesMovesAndEvents are not this version's); it was left as it is. Databases made "
                + "before the first release are not upgraded: move it aside to start a new one (configured sources are added again), or point "
                + "ConnectionStrings:TalentWatch at another file."],
            app.ErrorLines);
        ConfigurationCheckTests.AssertNoStackTrace(app);
        Assert.Equal(before, await File.ReadAllBytesAsync(app.DatabasePath));
    }

    [Theory]
    [InlineData("scrape", "--once")]
    [InlineData("reprocess")]
    [InlineData("admin", "set-password")]
    public async Task The_verbs_refuse_a_file_that_is_not_a_database_the_same_way(params string[] verb)
    {
        await using var app = new AppProcess();
        var content = RandomNumberGenerator.GetBytes(4096);
        await File.WriteAllBytesAsync(app.DatabasePath, content);

        var code = await app.RunAsync(verb, input: "a long enough password\n");

        Assert.Equal(ExitCodes.StorageUnavailable, code);
        var line = Assert.Single(app.ErrorLines);
        Assert.StartsWith($"Storage error: {app.DatabasePath} (ConnectionStrings:TalentWatch) is not a usable SQLite database", line, StringComparison.Ordinal);
        ConfigurationCheckTests.AssertNoStackTrace(app);
        Assert.Equal(content, await File.ReadAllBytesAsync(app.DatabasePath));
    }
}
