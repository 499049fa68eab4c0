using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TalentWatch.Web.Admin;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Browser;

/// <summary>
/// An editor's session in chromium: sign in, open the review queue, confirm one event, reject one, correct one (its
/// destination company), merge two; the public timeline, the company pages and the moves feed follow; a reprocess
/// runs; every decision still holds after it. Selectors are data- attributes and form actions, not wording.
/// </summary>
[Collection(BrowserTests.Name)]
public class ReviewBrowserTests(BrowserSession session)
{
    private const string Password = "a long editor passphrase";

    private static readonly DateTimeOffset Day = new(2024, 6, 10, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Invented reports about catalog people, one move each, all about AI talent.</summary>
    internal static readonly (string Path, string Title, string[] Paragraphs)[] Stories =
    [
        ("/schulman/", "John Schulman joins Anthropic from OpenAI",
            ["John Schulman, a co-founder of OpenAI, has left the company to join Anthropic, the AI lab said on Monday.",
             "The move is the latest in a contest between AI labs for researchers who work on alignment and machine learning."]),
        ("/sutskever/", "Ilya Sutskever leaves OpenAI",
            ["Ilya Sutskever has left OpenAI, the artificial intelligence company said on Monday, after nearly a decade there.",
             "His departure adds to a string of exits of AI researchers from the lab this year."]),
        ("/leike/", "Jan Leike joins Google DeepMind",
            ["Jan Leike has joined Google DeepMind to lead a new AI safety team, the lab said on Monday.",
             "AI labs are competing hard for researchers who study the alignment of machine learning systems."]),
        ("/wang-join/", "Alexandr Wang joins Meta",
            ["Alexandr Wang, the founder of Scale AI, has joined Meta to lead its new superintelligence effort, the company said on Monday.",
             "Meta has been offering large pay packages to AI researchers as it competes with OpenAI and Google."]),
        ("/wang-poach/", "Meta poaches Scale AI's chief",
            ["Meta poached Scale AI chief executive Alexandr Wang, people familiar with the deal said on Monday.",
             "The deal is part of a hiring spree by Meta for AI researchers and engineers."]),
    ];

    internal static async Task<NewsSite> PublishAsync()
    {
        var site = await NewsSite.StartAsync();
        foreach (var (path, title, paragraphs) in Stories)
        {
            site.Page(path, SamplePages.Article(title, Day, paragraphs));
        }
        site.Page("/feed.xml", SamplePages.Rss([.. Stories.Select(s => (site.Url(s.Path), s.Title, Day))]));
        return site;
    }

    /// <summary>What readers see: timeline events with their verdicts, company pages' moves, the moves feed.</summary>
    private sealed record PublicView(string Timeline, string AnthropicIn, string DeepMindIn, string OpenAiOut, string MetaIn, string Feed);

    [Fact]
    public async Task Confirm_reject_correct_and_merge_change_the_public_views_and_hold_after_a_reprocess()
    {
        await using var site = await PublishAsync();
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));
        app.UseKestrel(0);
        app.StartServer();
        await app.RunSourceAsync("wire");
        using var client = app.CreateClient();
        var ids = await EventIdsAsync(client);
        var (schulman, sutskever, leike, wangJoin, wangPoach) = (ids["John Schulman"], ids["Ilya Sutskever"], ids["Jan Leike"], ids["Alexandr Wang/join"], ids["Alexandr Wang/poach"]);
        await using var context = await session.Browser.NewContextAsync(new() { BaseURL = client.BaseAddress!.ToString(), Locale = "en-US", ViewportSize = new() { Width = 1280, Height = 900 } });
        var problems = await PageProblems.WatchAsync(context);
        var page = await context.NewPageAsync();
        var before = await PublicViewAsync(page);
        Assert.Contains($"{sutskever}:new", before.Timeline, StringComparison.Ordinal);
        Assert.Contains($"{leike}", before.DeepMindIn, StringComparison.Ordinal);

        await SignInAsync(page, app);
        Assert.Equal(5, await page.Locator("li.review-item").CountAsync());
        Assert.Equal(5, await page.Locator("li.review-item.unseen").CountAsync());
        Assert.Equal(1, await page.Locator("main .new-since").CountAsync());
        await ShotAsync(page, "queue");

        // Keys, as in a feed reader: j moves down, r rejects the current event, c confirms it.
        await page.Locator($"li.review-item[data-event='{wangJoin}']").FocusAsync();
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        Assert.Equal(sutskever.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("li.review-item.current").GetAttributeAsync("data-event"));
        await KeyAsync(page, "r");
        await page.Locator($"li.review-item[data-event='{schulman}']").FocusAsync();
        await KeyAsync(page, "c");
        Assert.Equal(3, await page.Locator("li.review-item").CountAsync());
        Assert.Equal(0, await page.Locator("li.review-item.unseen").CountAsync());

        // Correct: Jan Leike went to Anthropic, not Google DeepMind; the company typed by its Arabic name.
        await page.GotoAsync($"/admin/moves/{leike}");
        await page.Locator("#Form_To").FillAsync("أنثروبيك");
        await SubmitAsync(page, page.Locator("main form[action*='handler=Correct'] button"));
        Assert.Equal("corrected", await page.Locator("main .review-item").GetAttributeAsync("data-review"));
        Assert.Equal("correct", await page.Locator("main ol.audit li").Last.GetAttributeAsync("data-action"));

        // Merge: "Meta poached Alexandr Wang" is the same move as his joining Meta.
        await page.GotoAsync($"/admin/moves/{wangPoach}");
        var poachReports = await page.Locator("main ul.reports > li").CountAsync();
        await page.GotoAsync($"/admin/moves/{wangJoin}");
        var reports = poachReports + await page.Locator("main ul.reports > li").CountAsync();
        await SubmitAsync(page, page.Locator($"main ul.related li[data-event='{wangPoach}'] form button"));
        Assert.Equal(reports, await page.Locator("main ul.reports > li").CountAsync());
        await ShotAsync(page, "event-after-merge");
        Assert.Equal(404, (await page.Context.APIRequest.GetAsync($"/admin/moves/{wangPoach}", new() { MaxRedirects = 0 })).Status);

        var decided = await PublicViewAsync(page);
        Assert.Equal($"{wangJoin}:corrected {leike}:corrected {schulman}:confirmed", decided.Timeline);
        Assert.Contains($"{leike}", decided.AnthropicIn, StringComparison.Ordinal);
        Assert.Contains($"{schulman}", decided.AnthropicIn, StringComparison.Ordinal);
        Assert.DoesNotContain($"{leike}", decided.DeepMindIn, StringComparison.Ordinal);
        Assert.Equal($"{schulman}", decided.OpenAiOut);
        Assert.Equal($"{wangJoin}", decided.MetaIn);
        Assert.Equal($"event/{wangJoin} event/{leike} event/{schulman}", decided.Feed);
        await page.GotoAsync("/");
        Assert.Equal(3, await page.Locator("main [data-kind=event] .checked").CountAsync());
        await ShotAsync(page, "timeline-after-review");

        // A reprocess extracts every report again; the editors' decisions stay as they were.
        await page.GotoAsync("/admin/entities");
        await SubmitAsync(page, page.Locator("main form[action*='handler=Reprocess'] button"));
        await Assertions.Expect(page.Locator("main p.reprocess-status")).ToHaveAttributeAsync("data-running", "false", new() { Timeout = 60_000 });
        Assert.Equal("5", await page.Locator("main p.reprocess-status").GetAttributeAsync("data-done"));

        Assert.Equal(decided, await PublicViewAsync(page));
        await page.GotoAsync("/admin/moves?status=all");
        Assert.Equal([$"{wangJoin}:corrected", $"{leike}:corrected", $"{sutskever}:rejected", $"{schulman}:confirmed"],
            await page.Locator("li.review-item").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.event + ':' + i.dataset.review)"));
        await page.GotoAsync($"/admin/moves/{wangJoin}");
        Assert.Equal(reports, await page.Locator("main ul.reports > li").CountAsync());
        Assert.True(problems.All.Count == 0, string.Join('\n', problems.All));
    }

    private static async Task<Dictionary<string, long>> EventIdsAsync(HttpClient client)
    {
        var events = await client.GetFromJsonAsync<JsonElement>("/api/events?relevant=all&limit=50");
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var e in events.GetProperty("items").EnumerateArray())
        {
            var person = e.GetProperty("person").GetProperty("name").GetString()!;
            ids[ids.ContainsKey(person) || person == "Alexandr Wang" ? $"{person}/{e.GetProperty("type").GetString()}" : person] = e.GetProperty("id").GetInt64();
        }
        Assert.Equal(5, ids.Count);
        return ids;
    }

    private static async Task<PublicView> PublicViewAsync(IPage page)
    {
        async Task<string> EventsAsync(string path, string selector)
        {
            await page.GotoAsync(path);
            return string.Join(' ', await page.Locator(selector).EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.event || (i.dataset.id + ':' + i.dataset.review))"));
        }
        var timeline = await EventsAsync("/", "main [data-kind=event]");
        var anthropic = await EventsAsync("/companies/anthropic", ".moves-in [data-event]");
        var deepmind = await EventsAsync("/companies/google-deepmind", ".moves-in [data-event]");
        var openai = await EventsAsync("/companies/openai", ".moves-out [data-event]");
        var meta = await EventsAsync("/companies/meta", ".moves-in [data-event]");
        var response = await page.Context.APIRequest.GetAsync("/moves/feed.atom");
        var atom = XDocument.Parse(await response.TextAsync());
        XNamespace ns = "http://www.w3.org/2005/Atom";
        var feed = string.Join(' ', atom.Root!.Elements(ns + "entry").Select(e => e.Element(ns + "id")!.Value[TalentWatch.Web.Feeds.FeedItems.IdPrefix.Length..]));
        return new PublicView(timeline, anthropic, deepmind, openai, meta, feed);
    }

    private static async Task SignInAsync(IPage page, TalentWatchApp app)
    {
        await app.Services.GetRequiredService<AdminAccounts>().SetPasswordAsync("editor", Password, CancellationToken.None);
        await page.GotoAsync("/admin/login?returnUrl=" + Uri.EscapeDataString("/admin/moves"));
        await page.Locator("main input[name=UserName]").FillAsync("editor");
        await page.Locator("main input[name=Password]").FillAsync(Password);
        await SubmitAsync(page, page.Locator("main form.admin-form button[type=submit]"));
        Assert.Equal("/admin/moves", new Uri(page.Url).AbsolutePath);
    }

    private static Task KeyAsync(IPage page, string key) => LeaveAsync(page, () => page.Keyboard.PressAsync(key));

    private static Task SubmitAsync(IPage page, ILocator button) => LeaveAsync(page, () => button.ClickAsync());

    /// <summary>Does what leaves the page, and waits for the next one to be whole (a mark on the old page tells them apart).</summary>
    private static async Task LeaveAsync(IPage page, Func<Task> action)
    {
        await page.EvaluateAsync("() => document.documentElement.dataset.leaving = 'yes'");
        await action();
        await page.Locator("html:not([data-leaving])").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'", null, new() { PollingInterval = 50 });
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        var folder = Path.Combine(BrowserSession.ScreenshotFolder, "review");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
