using System.Diagnostics;
using Microsoft.Data.Sqlite;
using TalentWatch.Web.Cli;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Cli;

/// <summary>`backup PATH`: a copy taken while the app scrapes is a working database that the app resumes from.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("talentwatch-backup-").FullName;

    [Fact]
    public async Task A_backup_taken_while_the_app_scrapes_is_consistent_and_the_app_resumes_from_it()
    {
        await using var site = await HiringNewsSite.StartAsync(articleDelay: TimeSpan.FromMilliseconds(200));
        var live = Path.Combine(folder, "live");
        var restored = Path.Combine(folder, "restored");
        Directory.CreateDirectory(restored);
        var copy = Path.Combine(folder, "copy.db");
        await using (var app = AppProcess.StartWeb(live, HiringNewsSite.Settings(site, scheduled: true)))
        {
            await app.WaitUntilHealthyAsync();
            var clock = Stopwatch.StartNew();
            while (StoredStories.Count(Path.Combine(live, "talentwatch.db")) < 3 && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(50);
            }
            await using var backup = AppProcess.StartVerb(live, HiringNewsSite.Settings(site, scheduled: true), "backup", copy);
            Assert.Equal(0, await backup.WaitForExitAsync(TimeSpan.FromSeconds(60)));
            Assert.Contains($"to {copy}:", backup.Output, StringComparison.Ordinal);
            Assert.Contains("integrity ok", backup.Output, StringComparison.Ordinal);
        }
        Assert.InRange(StoredStories.Count(copy), 3, HiringNewsSite.Stories);
        Assert.False(File.Exists(copy + "-wal"));

        File.Copy(copy, Path.Combine(restored, "talentwatch.db"));
        await using var resumed = AppProcess.StartWeb(restored, HiringNewsSite.Settings(site, scheduled: true));
        await resumed.WaitUntilHealthyAsync();
        await StoredStories.WaitForAllAsync(Path.Combine(restored, "talentwatch.db"));
        await StoredStories.AssertEverythingStoredOnceAsync(Path.Combine(restored, "talentwatch.db"));
    }

    [Fact]
    public async Task A_backup_never_overwrites_an_existing_file()
    {
        var database = Path.Combine(folder, "talentwatch.db");
        using (var app = new TalentWatchApp(new() { ["ConnectionStrings:TalentWatch"] = $"Data Source={database}" }))
        {
            using var client = app.CreateClient();
            Assert.Equal("ok", await client.GetStringAsync("/healthz"));
        }
        var existing = Path.Combine(folder, "earlier-backup.db");
        await File.WriteAllTextAsync(existing, "an earlier backup");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await BackupCommand.RunAsync([existing, $"--ConnectionStrings:TalentWatch=Data Source={database}"], output, error);

        Assert.Equal(1, code);
        Assert.Equal($"Backup failed: {existing} already exists: name a new file, so no earlier backup is overwritten.", error.ToString().Trim());
        Assert.Equal("an earlier backup", await File.ReadAllTextAsync(existing));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // a log file of a stopped process; the temp cleaner takes it
        }
    }
}
