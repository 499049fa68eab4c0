using Microsoft.Playwright;

namespace TalentWatch.Web.Tests.Infrastructure;

/// <summary>
/// One real app on a Kestrel port, filled by scraping the dev corpus sites, and one Debian chromium driven by
/// Playwright: shared by the browser tests (starting them costs seconds).
/// </summary>
public sealed class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private DevCorpusSites? sites;
    private IPlaywright? playwright;

    public TalentWatchApp App { get; private set; } = null!;
    public Uri BaseUrl { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots go to artifacts/screenshots under the repository root (ignored by git).</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "TalentWatch.sln")))
            {
                root = root.Parent;
            }
            var folder = Path.Combine(root?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task InitializeAsync()
    {
        sites = await DevCorpusSites.StartAsync();
        App = new TalentWatchApp(TalentWatchApp.Sources([.. sites.Sources]));
        App.UseKestrel(0);
        App.StartServer();
        using (var client = App.CreateClient())
        {
            BaseUrl = client.BaseAddress!;
        }
        foreach (var source in sites.Sources)
        {
            await App.RunSourceAsync(source.Name);
        }
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    public async Task<IPage> OpenAsync(string path, string culture = "en")
    {
        var context = await Browser.NewContextAsync(new() { Locale = culture == "ar" ? "ar" : "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(BaseUrl, path).ToString());
        return page;
    }

    /// <summary>
    /// After a click or a submit: waits until the page's URL satisfies <paramref name="arrived"/> and the new document has
    /// loaded, by polling both. Playwright's load-state waits listen for events, and under load they missed the load
    /// event of a page that had loaded (three CI failures); a poll cannot miss it.
    /// </summary>
    public static async Task ArrivedAsync(IPage page, Func<string, bool> arrived)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(arrived);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!arrived(page.Url))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the page stayed at {page.Url}");
            }

            await Task.Delay(50);
        }

        await page.WaitForFunctionAsync("() => document.readyState === 'complete'", null, new() { PollingInterval = 50 });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        App?.Dispose();
        sites?.Dispose();
    }
}

/// <summary>The xunit collection of every test that drives the browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserSession>
{
    public const string Name = "browser";
}
