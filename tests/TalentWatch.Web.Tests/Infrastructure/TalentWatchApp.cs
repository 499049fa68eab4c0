using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Scraping;
using TalentWatch.Storage;

namespace TalentWatch.Web.Tests.Infrastructure;

/// <summary>The real app over a real SQLite file in a temporary folder (or a PostgreSQL database: <see cref="TestDatabase"/>), configured like a user would.</summary>
public sealed class TalentWatchApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    static TalentWatchApp()
    {
        // Every app would watch appsettings.json through inotify, and a test run starts hundreds of apps: the user's
        // 128 inotify instances run out (sooner when another test run shares the machine). No test edits those files.
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }

    public TalentWatchApp(Dictionary<string, string?>? settings = null)
    {
        Folder = Directory.CreateTempSubdirectory("talentwatch-test-").FullName;
        this.settings = new Dictionary<string, string?>(TestDatabase.Settings(Folder), StringComparer.OrdinalIgnoreCase)
        {
            ["TalentWatch:LogFolder"] = Path.Combine(Folder, "logs"),
            ["TalentWatch:Scraper:AllowPrivateNetworks"] = "true",
            ["TalentWatch:Scraper:PerHostDelayMs"] = "0",
            ["TalentWatch:Scraper:Enabled"] = "false",
            ["TalentWatch:Scraper:PollSeconds"] = "1",
        };
        foreach (var (key, value) in settings ?? [])
        {
            this.settings[key] = value;
        }
    }

    public string Folder { get; }

    /// <summary>Adds TalentWatch:Sources:N entries.</summary>
    public static Dictionary<string, string?> Sources(params (string Name, string Kind, Uri Url, string? LinkSelector)[] sources)
    {
        var result = new Dictionary<string, string?>();
        for (var i = 0; i < sources.Length; i++)
        {
            result[$"TalentWatch:Sources:{i}:Name"] = sources[i].Name;
            result[$"TalentWatch:Sources:{i}:Kind"] = sources[i].Kind;
            result[$"TalentWatch:Sources:{i}:Url"] = sources[i].Url.AbsoluteUri;
            result[$"TalentWatch:Sources:{i}:LinkSelector"] = sources[i].LinkSelector;
        }
        return result;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public async Task<ScrapeRun> RunSourceAsync(string name)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<TalentWatchDb>>().CreateDbContextAsync();
        var id = await db.Sources.Where(s => s.Name == name).Select(s => s.Id).SingleAsync();
        return await Services.GetRequiredService<SourceRunner>().RunAsync(id, CancellationToken.None);
    }

    public async Task<T> QueryAsync<T>(Func<TalentWatchDb, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<TalentWatchDb>>().CreateDbContextAsync();
        return await query(db);
    }

    public string LogText()
    {
        var folder = Path.Combine(Folder, "logs");
        if (!Directory.Exists(folder))
        {
            return string.Empty;
        }
        return string.Concat(Directory.GetFiles(folder).Select(f =>
        {
            using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a log file still held by a background writer; the OS temp cleaner takes it later
        }
    }
}
