using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TalentWatch.Web.Admin;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Browser;

/// <summary>
/// The administrator's flow in chromium, on a fresh app with no source: create the account, sign in, add a source
/// from a local news site, run it, confirm the person its articles introduced, reprocess, and find on the public
/// pages what that changed. Selectors are names, ids, form actions and data- attributes, never interface wording
/// (the admin pages are being translated). Every page visited must run without a console error or CSP violation.
/// </summary>
[Collection(BrowserTests.Name)]
public class AdminFlowBrowserTests(BrowserSession session)
{
    /// <summary>Made up: not in the shipped catalog, and "Zorya" is no given name discovery knows.</summary>
    private const string Person = "zorya-kettleby";

    private const string Password = "a long admin passphrase";

    private static readonly Story Earlier = new(
        "/2024/04/02/anthropic-hires-agents-lead/",
        "Anthropic hires an agents lead from Google DeepMind",
        new(2024, 4, 2, 9, 0, 0, TimeSpan.Zero),
        [
            // Her name with no clue to what it is (no role, no "who", no speech): discovery leaves it alone, so
            // this story names her only once the catalog knows her.
            "Zorya Kettleby has left Google DeepMind to join Anthropic, the latest move in the fight between AI labs for researchers who build agents.",
            "Anthropic has been offering large pay packages to engineers and researchers from its rivals as competition for AI talent grows, according to people familiar with the hiring.",
        ]);

    private static readonly Story Later = new(
        "/2024/04/20/openai-lures-agents-lead/",
        "OpenAI lures Anthropic's new agents lead",
        new(2024, 4, 20, 9, 0, 0, TimeSpan.Zero),
        [
            // "Researcher" marks her as a person: this is the sentence that makes discovery add her.
            "Researcher Zorya Kettleby left Anthropic to join OpenAI, the artificial intelligence company said on Saturday, weeks after she arrived at Anthropic.",
            "Kettleby will lead a new team building AI agents at OpenAI, which has been hiring engineers and researchers from its rivals as competition for AI talent grows.",
        ]);

    private sealed record Story(string Path, string Title, DateTimeOffset Published, string[] Paragraphs);

    /// <summary>What the public pages say about the person: events as "type person company &lt;- article", articles by title.</summary>
    private sealed record PublicView(string[] Timeline, string[] Career, string[] CareerArticles, string? PeopleConfirmed, int EarlierLinksToHer);

    [Fact]
    public async Task Confirming_a_discovered_person_and_reprocessing_puts_the_story_that_named_her_first_on_the_timeline()
    {
        await using var site = await NewsSite.StartAsync();
        Publish(site, Earlier);
        var feed = site.Url("/feed.xml");
        using var app = new TalentWatchApp(new()
        {
            ["TalentWatch:DefaultSources"] = "false",
            ["TalentWatch:Scraper:Enabled"] = "true",
            // As on a real server: private networks refused, except the one endpoint of the local news site.
            ["TalentWatch:Scraper:AllowPrivateNetworks"] = "false",
            ["TalentWatch:Scraper:AllowedPrivateEndpoints:0"] = $"127.0.0.1:{site.BaseUrl.Port}",
        });
        app.UseKestrel(0);
        app.StartServer();
        using var client = app.CreateClient();
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = client.BaseAddress!.ToString(), Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var problems = await PageProblems.WatchAsync(context);
        var page = await context.NewPageAsync();

        await CreateAccountAndSignInAsync(page, app);
        var source = await AddSourceAsync(page, feed);

        // A new source is due at once: the scheduler runs it and the health table shows what it brought.
        await ReloadUntilAsync(page, async () => await source.GetAttributeAsync("data-status") == "ok", "the first run of the new source");
        Assert.Equal("1", await source.GetAttributeAsync("data-articles"));

        // The site publishes a newer story; the next scheduled run is half an hour away, so "run now" fetches it.
        Publish(site, Later, Earlier);
        await SubmitAsync(page, source.Locator("form[action*='handler=Run'] button"));
        await ReloadUntilAsync(page, async () => await source.GetAttributeAsync("data-articles") == "2", "the run started by the button");
        Assert.Equal("ok", await source.GetAttributeAsync("data-status"));
        await ScreenshotAsync(page, "admin-sources");
        await page.GotoAsync("/admin/scrape-log");
        Assert.Equal(["run run-ok", "run run-ok"], await page.Locator("main tr.run").EvaluateAllAsync<string[]>("rows => rows.map(r => r.className)"));
        await ScreenshotAsync(page, "admin-scrape-log");

        var ids = await ArticleIdsByTitleAsync(page);
        Assert.Equal(Sorted([Earlier.Title, Later.Title]), Sorted(ids.Keys));

        // Before: her moves come from the later story only; the earlier one was stored before anyone knew her name.
        var before = await PublicViewAsync(page, ids);
        // "Left Anthropic" and "joined OpenAI" in one story are one step: she left Anthropic for OpenAI.
        string[] laterMoves = ["join /people/zorya-kettleby /companies/anthropic /companies/openai <- " + Later.Title];
        Assert.Equal(Sorted([.. laterMoves, "article " + Later.Title]), Sorted(before.Timeline));
        Assert.Equal(Sorted(laterMoves), Sorted(before.Career));
        Assert.Equal([Later.Title], before.CareerArticles);
        Assert.Equal("false", before.PeopleConfirmed);
        Assert.Equal(0, before.EarlierLinksToHer);

        // The later story made discovery add her, unconfirmed, with the sentence that found her.
        await page.GotoAsync("/admin/entities");
        await page.Locator("main form.admin-form select[name=kind]").SelectOptionAsync("Person");
        await page.Locator("main form.admin-form select[name=confirmed]").SelectOptionAsync("false");
        await SubmitAsync(page, page.Locator("main form.admin-form button[type=submit]"));
        var discovered = page.Locator($"tr[data-entity='{Person}']");
        Assert.Equal("false", await discovered.GetAttributeAsync("data-confirmed"));
        Assert.Contains(Later.Paragraphs[0], await discovered.Locator("blockquote").InnerTextAsync(), StringComparison.Ordinal);
        Assert.All(await page.Locator("tr[data-entity]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.confirmed)"), c => Assert.Equal("false", c));
        await ScreenshotAsync(page, "admin-entities-discovered");

        await SubmitAsync(page, discovered.Locator("form[action*='handler=Confirm'] button"));
        Assert.Equal(0, await page.Locator($"tr[data-entity='{Person}']").CountAsync());

        // Confirming changes her standing, not the articles already tagged: that is the reprocess's job.
        var confirmed = await PublicViewAsync(page, ids);
        Assert.Equal("true", confirmed.PeopleConfirmed);
        Assert.Equal(Sorted(before.Timeline), Sorted(confirmed.Timeline));
        Assert.Equal(Sorted(before.Career), Sorted(confirmed.Career));
        Assert.Equal(before.CareerArticles, confirmed.CareerArticles);
        Assert.Equal(0, confirmed.EarlierLinksToHer);

        await page.GotoAsync("/admin/entities");
        var status = page.Locator("main p.reprocess-status");
        Assert.Equal("false", await status.GetAttributeAsync("data-running"));
        Assert.True(string.IsNullOrEmpty(await status.GetAttributeAsync("data-done")), "no reprocess since start-up");
        await SubmitAsync(page, page.Locator("main form[action*='handler=Reprocess'] button"));
        // While it runs the page refreshes itself (a meta refresh: the CSP allows no script); wait for the last count.
        await Assertions.Expect(status).ToHaveAttributeAsync("data-running", "false", new() { Timeout = 60_000 });
        Assert.Equal(("2", "2", "0"), (await status.GetAttributeAsync("data-done"), await status.GetAttributeAsync("data-total"), await status.GetAttributeAsync("data-failed")));
        await ScreenshotAsync(page, "admin-entities-reprocessed", fullPage: false); // the whole catalog below

        // After: the earlier story names her, and its moves are hers on the timeline and on her page.
        var after = await PublicViewAsync(page, ids);
        string[] earlierMoves = ["join /people/zorya-kettleby /companies/google-deepmind /companies/anthropic <- " + Earlier.Title];
        Assert.Equal(Sorted([.. earlierMoves, .. laterMoves, "article " + Earlier.Title, "article " + Later.Title]), Sorted(after.Timeline));
        Assert.Equal(Sorted([.. earlierMoves, .. laterMoves]), Sorted(after.Career));
        Assert.Equal([Later.Title, Earlier.Title], after.CareerArticles);
        Assert.True(after.EarlierLinksToHer > 0, "the earlier article links her name to her page");
        await page.GotoAsync($"/?person={Person}");
        await ScreenshotAsync(page, "timeline-after-reprocess");

        Assert.True(problems.All.Count == 0, string.Join('\n', problems.All));
    }

    [Fact]
    public async Task The_page_watch_reports_a_blocked_inline_script()
    {
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = session.BaseUrl.ToString() });
        var problems = await PageProblems.WatchAsync(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/login");
        Assert.Empty(problems.All);

        // What an injected payload would do: the app's CSP refuses inline script, and the watch must say so.
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.ran = true'; document.body.append(s); }");
        // The report comes back from the browser asynchronously.
        for (var wait = 0; wait < 100 && !problems.All.Any(IsViolation); wait++)
        {
            await Task.Delay(50);
        }
        var ran = await page.EvaluateAsync<bool>("() => window.ran === true");

        Assert.False(ran);
        Assert.Contains(problems.All, p => IsViolation(p) && p.Contains("script-src", StringComparison.Ordinal));
        Assert.Contains(problems.All, p => p.StartsWith("console error", StringComparison.Ordinal));

        static bool IsViolation(string problem) => problem.StartsWith("CSP violation on ", StringComparison.Ordinal);
    }

    private static void Publish(NewsSite site, params Story[] stories)
    {
        foreach (var story in stories)
        {
            site.Page(story.Path, SamplePages.Article(story.Title, story.Published, story.Paragraphs));
        }
        site.Page("/feed.xml", SamplePages.Rss([.. stories.Select(s => (site.Url(s.Path), s.Title, s.Published))]), "application/rss+xml");
    }

    /// <summary>
    /// A fresh install: /admin sends to sign-in, which points to the setup link in the log; the operator opens it (the
    /// token the app logged at start-up), creates the account, then signs out and in again.
    /// </summary>
    private static async Task CreateAccountAndSignInAsync(IPage page, TalentWatchApp app)
    {
        await page.GotoAsync("/admin");
        Assert.Equal("/admin/login", PathOf(page));
        Assert.Equal("admin set-password", await page.Locator("main p.notice code").TextContentAsync());
        var token = app.Services.GetRequiredService<SetupToken>().Current!;
        await page.GotoAsync("/admin/setup?token=" + Uri.EscapeDataString(token));
        await page.Locator("main input[name=UserName]").FillAsync("admin");
        await page.Locator("main input[name=Password]").FillAsync(Password);
        await page.Locator("main input[name=Confirm]").FillAsync(Password);
        await ScreenshotAsync(page, "admin-setup");
        await SubmitAsync(page, page.Locator("main form.admin-form button[type=submit]"));
        Assert.Equal("/admin", PathOf(page));

        await SubmitAsync(page, page.Locator("main form[action='/admin/logout'] button"));
        await page.GotoAsync("/admin/sources");
        Assert.Equal("/admin/login", PathOf(page));
        await page.Locator("main input[name=UserName]").FillAsync("admin");
        await page.Locator("main input[name=Password]").FillAsync(Password);
        await ScreenshotAsync(page, "admin-login");
        await SubmitAsync(page, page.Locator("main form.admin-form button[type=submit]"));
        Assert.Equal("/admin/sources", PathOf(page));
    }

    /// <summary>Through the add form, on an empty sources page; returns the new source's row.</summary>
    private static async Task<ILocator> AddSourceAsync(IPage page, Uri feed)
    {
        Assert.Equal(0, await page.Locator("tr[data-source]").CountAsync());
        await SubmitAsync(page, page.Locator("main a[href='/admin/sources/add']"));
        await page.Locator("#Form_Url").FillAsync(feed.AbsoluteUri);
        await page.Locator("#Form_Kind").SelectOptionAsync("Rss");
        await page.Locator("#Form_Name").FillAsync("Local wire");
        await ScreenshotAsync(page, "admin-source-add");
        await SubmitAsync(page, page.Locator("main form.admin-form button[type=submit]"));
        Assert.Equal("/admin/sources", PathOf(page));
        var row = page.Locator($"tr[data-url='{feed.AbsoluteUri}']");
        Assert.Equal(1, await page.Locator("tr[data-source]").CountAsync());
        return row;
    }

    /// <summary>Every article on the timeline (relevant or not), by title.</summary>
    private static async Task<Dictionary<string, string>> ArticleIdsByTitleAsync(IPage page)
    {
        await page.GotoAsync("/?relevant=all");
        var pairs = await page.Locator("article.item[data-kind=article]").EvaluateAllAsync<string[][]>(
            "items => items.map(i => [i.querySelector('.article-title').textContent.trim(), i.dataset.id])");
        return pairs.ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
    }

    private static async Task<PublicView> PublicViewAsync(IPage page, Dictionary<string, string> ids)
    {
        var titles = ids.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        // The timeline filtered by person, through its filter form.
        await page.GotoAsync("/");
        await page.Locator("form.filters input[name=person]").FillAsync(Person);
        await SubmitAsync(page, page.Locator("form.filters button[type=submit]"));
        Assert.Contains("person=" + Person, page.Url, StringComparison.Ordinal);
        var timeline = await DescribeAsync(page.Locator("main article.item"), titles);

        await page.GotoAsync($"/people/{Person}");
        var career = await DescribeAsync(page.Locator("main ol.career article.item"), titles);
        var careerArticles = await DescribeAsync(page.Locator("main article.item[data-kind=article]"), titles);

        await page.GotoAsync("/people?q=Kettleby");
        var confirmed = await page.Locator($"main tr[data-entity='{Person}']").GetAttributeAsync("data-confirmed");

        await page.GotoAsync($"/articles/{ids[Earlier.Title]}");
        var links = await page.Locator($"main a[href='/people/{Person}']").CountAsync();

        return new PublicView(timeline, career, [.. careerArticles.Select(a => a["article ".Length..])], confirmed, links);
    }

    /// <summary>An event as "type, its people and companies, &lt;- the articles reporting it"; an article as "article title".</summary>
    private static async Task<string[]> DescribeAsync(ILocator items, Dictionary<string, string> titles)
    {
        var raw = await items.EvaluateAllAsync<string[][]>("""
            items => items.map(i => i.dataset.kind === 'event'
                ? [i.dataset.kind, i.querySelector('.sentence .type').className.replace('type type-', ''),
                   [...i.querySelectorAll('.sentence a')].map(a => a.getAttribute('href')).join(' '),
                   [...i.querySelectorAll('ul.sources a')].map(a => a.getAttribute('href').replace('/articles/', '')).join(' ')]
                : [i.dataset.kind, i.dataset.id])
            """);
        return [.. raw.Select(r => r[0] == "event"
            ? $"{r[1]} {r[2]} <- {string.Join(", ", r[3].Split(' ').Select(id => titles[id]))}"
            : "article " + titles[r[1]])];
    }

    /// <summary>Clicks and waits for the page it leads to, even when that is the same URL (post, redirect, get).</summary>
    private static async Task SubmitAsync(IPage page, ILocator control)
    {
        await page.EvaluateAsync("() => document.documentElement.dataset.leaving = 'yes'");
        await control.ClickAsync();
        await page.Locator("html:not([data-leaving])").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'", null, new() { PollingInterval = 50 });
    }

    /// <summary>As a user waiting on a background job: reload until it shows, within a minute.</summary>
    private static async Task ReloadUntilAsync(IPage page, Func<Task<bool>> shown, string what)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (await shown())
            {
                return;
            }
            await Task.Delay(250);
            await page.ReloadAsync();
        }
        Assert.Fail($"Still not shown after a minute of reloading {page.Url}: {what}");
    }

    private static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        var file = Path.Combine(BrowserSession.ScreenshotFolder, $"{name}-en.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = fullPage });
        Assert.True(new FileInfo(file).Length > 5_000, $"{file} looks empty");
    }

    private static List<string> Sorted(IEnumerable<string> items) => [.. items.Order(StringComparer.Ordinal)];

    private static string PathOf(IPage page) => new Uri(page.Url).AbsolutePath;
}
