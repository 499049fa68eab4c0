using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TalentWatch.Web.Admin;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Browser;

/// <summary>
/// A newcomer's first hour, at desktop (1280 px) and phone (390 px) width in both interface languages: the first start
/// with no source working, the filled pages, and the sources page an administrator works in. Screenshots of each go to
/// artifacts/screenshots/first-hour.
/// </summary>
[Collection(BrowserTests.Name)]
public class FirstHourBrowserTests(BrowserSession session)
{
    private const string Password = "first hour at the desk";

    public static TheoryData<string, int> Views() => new() { { "en", 1280 }, { "en", 390 }, { "ar", 1280 }, { "ar", 390 } };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task A_first_start_with_no_working_source_shows_readers_what_to_do_and_no_errors(string culture, int width)
    {
        // A source whose host refuses connections, as every default source is on a machine without internet.
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("Offline Wire", "rss", new Uri("http://127.0.0.1:9/offline-feed.xml"), null)));
        app.UseKestrel(0);
        app.StartServer();
        var run = await app.RunSourceAsync("Offline Wire");
        Assert.NotNull(run.Error);
        await using var context = await ContextAsync(app, culture, width);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await ShotAsync(page, "first-start", culture, width);
        var main = await page.Locator("main").InnerTextAsync();
        var notice = page.Locator("main .notice");

        Assert.Equal(culture == "ar" ? "لم يُجمع شيء بعد" : "Nothing collected yet", (await notice.Locator("h2").InnerTextAsync()).Trim());
        Assert.Equal(1, await notice.Locator("a[href='/admin/sources']").CountAsync());
        Assert.Equal(0, await page.Locator("main table").CountAsync());
        Assert.DoesNotContain("offline-feed.xml", main, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Error!, main, StringComparison.Ordinal);
        await AssertFitsAsync(page, "/", width);

        await SignInAsync(page, app);
        await ShotAsync(page, "first-start-admin-sources", culture, width);
        Assert.Contains("offline-feed.xml", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertActionsInViewAsync(page, width);
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Every_main_page_fits_the_screen_and_the_admin_actions_are_in_view(string culture, int width)
    {
        var article = await session.App.QueryAsync(db => db.Articles.Where(a => a.Title.Contains("ماسك يرفع رواتب مهندسي تسلا")).Select(a => a.Id).SingleAsync());
        var pages = new (string Name, string Path)[]
        {
            ("timeline", "/"), ("company", "/companies/tesla"), ("person", "/people/elon-musk"), ("article", $"/articles/{article}"),
            ("search", "/search?q=" + Uri.EscapeDataString("OpenAI engineers")), ("flows", "/flows"), ("companies", "/companies"), ("people", "/people"),
        };
        await using var context = await ContextAsync(session.App, culture, width);
        var page = await context.NewPageAsync();

        foreach (var (name, path) in pages)
        {
            await page.GotoAsync(path);
            Assert.Equal(culture == "ar" ? "rtl" : "ltr", await page.Locator("html").GetAttributeAsync("dir"));
            await ShotAsync(page, name, culture, width);
            await AssertFitsAsync(page, path, width);
        }
        Assert.Equal(0, await page.Locator("header a[href='/admin']").CountAsync());

        await SignInAsync(page, session.App);
        await ShotAsync(page, "admin-sources", culture, width);
        Assert.True(await page.Locator("main tr[data-source]").CountAsync() >= 2, "the corpus sites are listed");
        await AssertActionsInViewAsync(page, width);
        await page.GotoAsync("/admin/moves");
        Assert.True(await page.Locator("li.review-item").CountAsync() > 0, "the corpus's events wait for review");
        await ShotAsync(page, "admin-moves", culture, width);
        await AssertFitsAsync(page, "/admin/moves", width);
        await page.GotoAsync("/");
        Assert.Equal(1, await page.Locator("header a[href='/admin']").CountAsync());
    }

    [Fact]
    public async Task Checking_a_new_source_says_it_is_under_way_and_cannot_be_sent_twice()
    {
        await using var context = await ContextAsync(session.App, "en", 1280);
        var page = await context.NewPageAsync();
        await SignInAsync(page, session.App);
        await page.GotoAsync("/admin/sources/add");
        await page.Locator("#Form_Url").FillAsync("https://news.example/");
        // The request itself is not the point here: held back, so the page stays as the reader sees it meanwhile.
        await page.EvaluateAsync("() => document.querySelector('main form.admin-form').addEventListener('submit', e => e.preventDefault())");

        await page.Locator("main form.admin-form button[type=submit]").ClickAsync();

        var button = page.Locator("main form.admin-form button[type=submit]");
        Assert.True(await button.IsDisabledAsync());
        Assert.Equal("Checking the address, this can take up to 20 seconds…", (await button.InnerTextAsync()).Trim());
        Assert.Equal("true", await page.Locator("main form.admin-form").GetAttributeAsync("aria-busy"));
    }

    [Fact]
    public async Task A_company_given_by_name_in_either_script_shows_what_its_slug_shows()
    {
        await using var context = await ContextAsync(session.App, "en", 1280);
        var page = await context.NewPageAsync();

        async Task<string[]> ItemsAsync(string company)
        {
            await page.GotoAsync("/?company=" + Uri.EscapeDataString(company));
            return await page.Locator("main [data-kind]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.kind + ':' + i.dataset.id)");
        }

        var bySlug = await ItemsAsync("tesla");

        Assert.NotEmpty(bySlug);
        Assert.Equal(bySlug, await ItemsAsync("Tesla"));
        Assert.Equal(bySlug, await ItemsAsync("تسلا"));
        Assert.Equal(0, await page.Locator("main p.problem").CountAsync());
    }

    private async Task<IBrowserContext> ContextAsync(TalentWatchApp app, string culture, int width)
    {
        using var client = app.CreateClient();
        var context = await session.Browser.NewContextAsync(new()
        {
            BaseURL = client.BaseAddress!.ToString(),
            Locale = culture == "ar" ? "ar" : "en-US",
            ViewportSize = new() { Width = width, Height = width < 600 ? 844 : 900 },
            IsMobile = width < 600,
            HasTouch = width < 600,
        });
        // The language switch a reader would click: it sets the culture cookie for the rest of the visit.
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/culture?name={culture}&returnUrl=%2F");
        await page.CloseAsync();
        return context;
    }

    /// <summary>Through the login form, onto the sources page.</summary>
    private static async Task SignInAsync(IPage page, TalentWatchApp app)
    {
        await app.Services.GetRequiredService<AdminAccounts>().SetPasswordAsync("first-hour", Password, CancellationToken.None);
        await page.GotoAsync("/admin/login?returnUrl=" + Uri.EscapeDataString("/admin/sources"));
        await page.Locator("main input[name=UserName]").FillAsync("first-hour");
        await page.Locator("main input[name=Password]").FillAsync(Password);
        await page.Locator("main form.admin-form button[type=submit]").ClickAsync();
        await BrowserSession.ArrivedAsync(page, url => new Uri(url).AbsolutePath == "/admin/sources");
    }

    /// <summary>Nothing is wider than the screen: no sideways scrolling to reach a column or a button.</summary>
    private static async Task AssertFitsAsync(IPage page, string path, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{path} at {width} px is {scrollWidth} px wide");
    }

    /// <summary>Every source's actions (run, enable or disable, delete) lie within the screen's width.</summary>
    private static async Task AssertActionsInViewAsync(IPage page, int width)
    {
        var actions = page.Locator("main tr[data-source] .admin-actions > form > button, main tr[data-source] .admin-actions summary");
        var count = await actions.CountAsync();
        Assert.True(count >= 3, $"{count} actions found");
        for (var i = 0; i < count; i++)
        {
            var box = await actions.Nth(i).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= width, $"action {i} ({await actions.Nth(i).InnerTextAsync()}) spans {box.X:0}-{box.X + box.Width:0} px of {width}");
        }
        await AssertFitsAsync(page, "/admin/sources", width);
    }

    private static async Task ShotAsync(IPage page, string name, string culture, int width)
    {
        var folder = Path.Combine(BrowserSession.ScreenshotFolder, "first-hour");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{name}-{culture}-{width}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 5_000, $"{file} looks empty");
    }
}
