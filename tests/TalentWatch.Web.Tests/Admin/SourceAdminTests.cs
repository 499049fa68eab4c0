using System.Net;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Admin;

public class SourceAdminTests
{
    private static readonly DateTimeOffset April4 = new(2024, 4, 4, 9, 0, 0, TimeSpan.Zero);

    internal static Dictionary<string, string> Fields(string url, string kind = "Rss", string? name = null) => new()
    {
        ["Form.Url"] = url,
        ["Form.Kind"] = kind,
        ["Form.Name"] = name ?? string.Empty,
        ["Form.IntervalMinutes"] = "30",
        ["Form.Enabled"] = "true",
    };

    [Fact]
    public async Task A_feed_that_reads_as_its_kind_is_added_and_due_at_once()
    {
        await using var site = await NewsSite.StartAsync();
        site.Page("/feed.xml", SamplePages.Rss((site.Url("/2024/04/one/"), "Story 1", April4)), "application/rss+xml");
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        await session.SignInAsync();

        using var response = await session.PostFormAsync("/admin/sources/add", Fields(site.Url("/feed.xml").AbsoluteUri, name: "Local wire"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var source = await app.QueryAsync(db => db.Sources.SingleAsync(s => s.Name == "Local wire"));
        Assert.Equal(SourceKind.Rss, source.Kind);
        Assert.NotNull(source.NextRunAt);
        var list = await session.Client.GetStringAsync(new Uri("/admin/sources", UriKind.Relative));
        Assert.Contains("Local wire", list, StringComparison.Ordinal);
        Assert.Contains("1 item(s) found", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_added_without_a_name_is_named_by_its_feed_not_its_host()
    {
        await using var site = await NewsSite.StartAsync();
        site.Page("/feed.xml", SamplePages.Rss((site.Url("/2024/04/one/"), "Story 1", April4)), "application/rss+xml");
        site.Page("/", "<!DOCTYPE html><html><head><title>Local wire</title><link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom.xml\"></head><body><p>Home</p></body></html>");
        site.Page("/atom.xml", SamplePages.Atom((site.Url("/2024/04/two/"), "Story 2", April4)), "application/atom+xml");
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        await session.SignInAsync();

        using var typed = await session.PostFormAsync("/admin/sources/add", Fields(site.Url("/feed.xml").AbsoluteUri));
        using var detected = await session.PostFormAsync("/admin/sources/add", Fields(site.BaseUrl.AbsoluteUri, kind: ""));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (typed.StatusCode, detected.StatusCode));
        var names = await app.QueryAsync(db => db.Sources.Select(s => new { s.Url, s.Name }).ToListAsync());
        Assert.Equal("Example", names.Single(s => s.Url == site.Url("/feed.xml").AbsoluteUri).Name);
        Assert.Equal("Example", names.Single(s => s.Url == site.Url("/atom.xml").AbsoluteUri).Name);
        Assert.DoesNotContain(names, s => s.Name == site.BaseUrl.Host);
    }

    [Fact]
    public async Task A_url_that_does_not_read_as_the_chosen_kind_is_refused()
    {
        await using var site = await NewsSite.StartAsync();
        site.Page("/page", "<html><body><p>not a feed</p></body></html>");
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        await session.SignInAsync();

        using var response = await session.PostFormAsync("/admin/sources/add", Fields(site.Url("/page").AbsoluteUri, name: "Not a feed"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("does not read as an RSS feed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Sources.AnyAsync(s => s.Name == "Not a feed")));
    }

    [Fact]
    public async Task Left_automatic_a_site_address_leads_to_the_feed_it_links()
    {
        await using var site = await NewsSite.StartAsync();
        site.Page("/", "<!DOCTYPE html><html><head><title>Local wire</title><link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom.xml\"></head><body><p>Home</p></body></html>");
        site.Page("/atom.xml", SamplePages.Atom((site.Url("/2024/04/one/"), "Story 1", April4), (site.Url("/2024/04/two/"), "Story 2", April4)), "application/atom+xml");
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        await session.SignInAsync();
        var form = await session.Client.GetStringAsync(new Uri("/admin/sources/add", UriKind.Relative));
        Assert.Contains("<option value=\"\" selected=\"selected\">automatic", form, StringComparison.Ordinal);

        using var response = await session.PostFormAsync("/admin/sources/add", Fields(site.BaseUrl.AbsoluteUri, kind: "", name: "Detected"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var source = await app.QueryAsync(db => db.Sources.SingleAsync(s => s.Name == "Detected"));
        Assert.Equal((SourceKind.Atom, site.Url("/atom.xml").AbsoluteUri), (source.Kind, source.Url));
        var list = await session.Client.GetStringAsync(new Uri("/admin/sources", UriKind.Relative));
        Assert.Contains($"Found the Atom feed at {site.Url("/atom.xml")} (linked from the page), 2 items.", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Left_automatic_a_page_with_nothing_to_read_is_refused_with_what_was_tried()
    {
        await using var site = await NewsSite.StartAsync();
        site.Page("/", "<!DOCTYPE html><html><head><title>Empty</title></head><body><p>Nothing</p></body></html>");
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        await session.SignInAsync();

        using var response = await session.PostFormAsync("/admin/sources/add", Fields(site.BaseUrl.AbsoluteUri, kind: "", name: "Empty"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Found no feed for", html, StringComparison.Ordinal);
        Assert.Contains("/feed, /rss, /feed.xml", html, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Sources.AnyAsync(s => s.Name == "Empty")));
        // The common addresses it guessed answered 404, as guesses do: nothing for an operator to look into.
        var fetchWarnings = app.LogText().Split('\n').Where(l => l.Contains("Fetch of", StringComparison.Ordinal) && l.Contains("\"@l\":\"Warning\"", StringComparison.Ordinal));
        Assert.Empty(fetchWarnings);
    }

    [Theory]
    [InlineData("Rss")]
    [InlineData("")]
    public async Task A_permitted_host_that_redirects_to_another_loopback_port_is_refused_without_reaching_it(string kind)
    {
        await using var permitted = await NewsSite.StartAsync();
        await using var internalService = await NewsSite.StartAsync();
        internalService.Page("/feed.xml", SamplePages.Rss((internalService.Url("/2024/04/one/"), "Secret", April4)), "application/rss+xml");
        permitted.Route("/feed.xml", context =>
        {
            context.Response.Redirect(internalService.Url("/feed.xml").AbsoluteUri);
            return Task.CompletedTask;
        });
        // The permitted site stands for a public host: only its endpoint is let through, every other private one stays refused.
        using var app = new TalentWatchApp(new()
        {
            ["TalentWatch:Scraper:AllowPrivateNetworks"] = "false",
            ["TalentWatch:Scraper:AllowedPrivateEndpoints:0"] = $"127.0.0.1:{permitted.BaseUrl.Port}",
        });
        using var session = new AdminSession(app);
        await session.SignInAsync();

        using var response = await session.PostFormAsync("/admin/sources/add", Fields(permitted.Url("/feed.xml").AbsoluteUri, kind, name: "Redirector"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"Refused {internalService.Url("/feed.xml")} (redirected from {permitted.Url("/feed.xml")})", html, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1 is a loopback address", html, StringComparison.Ordinal);
        Assert.Contains("AllowPrivateNetworks", html, StringComparison.Ordinal);
        Assert.Contains("/feed.xml", permitted.Requests);
        Assert.Empty(internalService.Requests);
        Assert.False(await app.QueryAsync(db => db.Sources.AnyAsync(s => s.Name == "Redirector")));
    }

    [Theory]
    [InlineData("http://127.0.0.1/feed.xml", "loopback")]
    [InlineData("http://10.0.0.1/feed.xml", "private")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("http://2130706433/", "loopback")]
    [InlineData("http://0177.0.0.1/", "loopback")]
    [InlineData("http://0x7f.0.0.1/", "loopback")]
    [InlineData("http://0xa9fea9fe/", "link-local")]
    [InlineData("http://[::ffff:127.0.0.1]/", "loopback")]
    [InlineData("http://[::ffff:a9fe:a9fe]/", "link-local")]
    [InlineData("http://[::1]/", "loopback")]
    [InlineData("http://[fd00::1]/", "private")]
    [InlineData("http://0.0.0.0/", "unspecified")]
    public async Task Private_destinations_are_refused_before_any_connection(string url, string reason)
    {
        using var app = new TalentWatchApp(new() { ["TalentWatch:Scraper:AllowPrivateNetworks"] = "false" });
        using var session = new AdminSession(app);
        await session.SignInAsync();

        using var response = await session.PostFormAsync("/admin/sources/add", Fields(url, name: "Sneaky"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Refused", html, StringComparison.Ordinal);
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.Contains("AllowPrivateNetworks", html, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Sources.AnyAsync(s => s.Name == "Sneaky")));
    }

    [Fact]
    public async Task A_host_name_that_resolves_to_loopback_is_refused_by_the_fetch_guard_without_a_request()
    {
        await using var site = await NewsSite.StartAsync();
        site.Page("/feed.xml", SamplePages.Rss((site.Url("/2024/04/one/"), "Story 1", April4)), "application/rss+xml");
        using var app = new TalentWatchApp(new() { ["TalentWatch:Scraper:AllowPrivateNetworks"] = "false" });
        using var session = new AdminSession(app);
        await session.SignInAsync();

        using var response = await session.PostFormAsync("/admin/sources/add", Fields($"http://localhost:{site.BaseUrl.Port}/feed.xml", name: "Sneaky"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Refused", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(site.Requests);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/feed.xml")]
    [InlineData("javascript:alert(1)")]
    [InlineData("feed.xml")]
    public async Task Only_absolute_http_urls_are_accepted(string url)
    {
        using var app = new TalentWatchApp();
        using var session = new AdminSession(app);
        await session.SignInAsync();

        using var response = await session.PostFormAsync("/admin/sources/add", Fields(url, name: "Odd"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("http:// or https://", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_spelling_of_a_configured_address_is_the_same_source()
    {
        await using var site = await NewsSite.StartAsync();
        site.Page("/feed.xml", SamplePages.Rss((site.Url("/2024/04/one/"), "Story 1", April4)), "application/rss+xml");
        var configured = site.Url("/feed.xml");
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("Configured", "rss", configured, null)));
        using var session = new AdminSession(app);
        await session.SignInAsync();
        // 127.1 is 127.0.0.1, the dot segment and the fragment fall away: the address start-up stored.
        var respelled = $"http://127.1:{configured.Port}/news/../feed.xml#latest";

        using var response = await session.PostFormAsync("/admin/sources/add", Fields(respelled, name: "Again"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains($"A source already reads {configured.AbsoluteUri}.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["Configured"], await app.QueryAsync(db => db.Sources.Select(s => s.Name).ToListAsync()));
    }

    [Fact]
    public async Task Edit_toggle_run_now_and_delete_change_the_source()
    {
        await using var site = await NewsSite.StartAsync();
        site.Page("/2024/04/one/", SamplePages.Article("Story 1", April4, [SamplePages.Paragraphs("Story 1")]));
        site.Page("/feed.xml", SamplePages.Rss((site.Url("/2024/04/one/"), "Story 1", April4)), "application/rss+xml");
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));
        using var session = new AdminSession(app);
        await session.SignInAsync();
        await app.RunSourceAsync("wire");
        var id = await app.QueryAsync(db => db.Sources.Where(s => s.Name == "wire").Select(s => s.Id).SingleAsync());
        Assert.Equal(1, await app.QueryAsync(db => db.Articles.CountAsync(a => a.SourceId == id)));

        var edit = Fields(site.Url("/feed.xml").AbsoluteUri, name: "Wire renamed");
        edit["Form.IntervalMinutes"] = "90";
        using (var saved = await session.PostFormAsync($"/admin/sources/edit/{id}", edit))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var source = await app.QueryAsync(db => db.Sources.SingleAsync(s => s.Id == id));
        Assert.Equal(("Wire renamed", 90), (source.Name, source.IntervalMinutes));

        await Post(session, $"/admin/sources?handler=Toggle&id={id}");
        Assert.False(await app.QueryAsync(db => db.Sources.Where(s => s.Id == id).Select(s => s.Enabled).SingleAsync()));
        await Post(session, $"/admin/sources?handler=Toggle&id={id}");
        await app.QueryAsync(db => db.Sources.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.NextRunAt, DateTime.UtcNow.AddHours(5))));
        await Post(session, $"/admin/sources?handler=Run&id={id}");
        var next = await app.QueryAsync(db => db.Sources.Where(s => s.Id == id).Select(s => s.NextRunAt).SingleAsync());
        Assert.True(next <= DateTime.UtcNow);

        await Post(session, $"/admin/sources?handler=Delete&id={id}", new() { ["articles"] = "remove" });
        Assert.False(await app.QueryAsync(db => db.Sources.AnyAsync(s => s.Id == id)));
        Assert.Equal(0, await app.QueryAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task Source_actions_by_get_change_nothing()
    {
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", new Uri("https://wire.example/feed.xml"), null)));
        using var session = new AdminSession(app);
        await session.SignInAsync();
        var id = await app.QueryAsync(db => db.Sources.Select(s => s.Id).SingleAsync());

        using var response = await session.Client.GetAsync(new Uri($"/admin/sources?handler=Delete&id={id}&articles=remove", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await app.QueryAsync(db => db.Sources.AnyAsync(s => s.Id == id)));
    }

    private static async Task Post(AdminSession session, string path, Dictionary<string, string>? fields = null)
    {
        using var response = await session.PostFormAsync(path, fields ?? [], tokenFrom: "/admin/sources");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
