using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Analysis;
using TalentWatch.Scraping;
using TalentWatch.Storage;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Admin;

/// <summary>Deleting a source: keep its articles (every reader names them by their host) or remove them; either way it stays deleted.</summary>
public class SourceDeletionTests
{
    private static readonly DateTimeOffset May28 = new(2024, 5, 28, 18, 0, 0, TimeSpan.FromHours(-4));

    private static async Task<NewsSite> LeikeSiteAsync()
    {
        var site = await NewsSite.StartAsync();
        site.Page("/leike/", SamplePages.Article("Jan Leike joins Anthropic after leaving OpenAI", May28,
            ["Jan Leike, who co-led the superalignment team at OpenAI, said on Tuesday he has joined Anthropic to continue his AI safety research.",
             "Leike resigned from OpenAI earlier this month, saying safety had taken a back seat to products."]));
        site.Page("/feed.xml", SamplePages.Rss((site.Url("/leike/"), "Jan Leike joins Anthropic", May28)), "application/rss+xml");
        return site;
    }

    private static async Task<(int Sources, int Articles, int Mentions, int Moves, int Pages)> CountsAsync(TalentWatchApp app) =>
        await app.QueryAsync(async db => (await db.Sources.CountAsync(), await db.Articles.CountAsync(), await db.ArticleEntities.CountAsync(),
            await db.Moves.CountAsync(), await db.ArticlePages.CountAsync()));

    private static async Task<string> DeleteAsync(AdminSession session, int id, string? articles)
    {
        var fields = articles is null ? new Dictionary<string, string>() : new() { ["articles"] = articles };
        using (var response = await session.PostFormAsync($"/admin/sources?handler=Delete&id={id}", fields, tokenFrom: "/admin/sources"))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        return WebUtility.HtmlDecode(await session.Client.GetStringAsync(new Uri("/admin/sources", UriKind.Relative)));
    }

    private static Task<int> IdAsync(TalentWatchApp app, string name) =>
        app.QueryAsync(db => db.Sources.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task Kept_articles_outlive_their_source_and_every_reader_names_their_host()
    {
        await using var site = await LeikeSiteAsync();
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));
        using var session = new AdminSession(app);
        await session.SignInAsync();
        await app.RunSourceAsync("wire");
        var before = await CountsAsync(app);
        Assert.True(before.Moves > 0 && before.Mentions > 0, "the article should carry moves and mentions");

        var list = await DeleteAsync(session, await IdAsync(app, "wire"), "keep");

        Assert.Contains("wire deleted; its 1 article(s) are kept under their site's name.", list, StringComparison.Ordinal);
        Assert.Equal(before with { Sources = 0 }, await CountsAsync(app));
        var article = await app.QueryAsync(db => db.Articles.SingleAsync());
        Assert.Null(article.SourceId);
        var host = site.BaseUrl.Host;
        var client = session.Client;

        var items = (await client.GetFromJsonAsync<JsonElement>("/api/articles")).GetProperty("items");
        var listed = Assert.Single(items.EnumerateArray()).GetProperty("source");
        Assert.Equal((JsonValueKind.Null, host), (listed.GetProperty("id").ValueKind, listed.GetProperty("name").GetString()));
        var full = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{article.Id}");
        Assert.Equal(host, full.GetProperty("source").GetProperty("name").GetString());
        Assert.NotEmpty(full.GetProperty("moves").EnumerateArray());
        var events = (await client.GetFromJsonAsync<JsonElement>("/api/events?person=jan-leike")).GetProperty("items");
        Assert.All(events.EnumerateArray(), e => Assert.Equal(host, Assert.Single(e.GetProperty("sources").EnumerateArray()).GetProperty("source").GetProperty("name").GetString()));

        // The article's own link carries the host too, so look for it where the source's name goes.
        foreach (var (path, named) in new[]
        {
            ($"/articles/{article.Id}", $"<bdi>{host}</bdi>"), ("/?relevant=all", $"<bdi>{host}</bdi>"), ("/search?q=Leike", $"<bdi>{host}</bdi>"),
            ("/people/jan-leike", $"<bdi>{host}</bdi>"), ("/feed.rss?relevant=all", $"\">{host}</a>"), ("/moves/feed.atom", $"</a> ({host}, "),
        })
        {
            var text = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
            Assert.True(text.Contains(named, StringComparison.Ordinal), $"{path} does not name the source {host}");
        }
        var jsonFeed = await client.GetFromJsonAsync<JsonElement>("/feed.json?relevant=all");
        var articleItem = Assert.Single(jsonFeed.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString()!.Contains("article/", StringComparison.Ordinal));
        Assert.Contains($"\">{host}</a>", articleItem.GetProperty("content_html").GetString(), StringComparison.Ordinal);

        var reprocessed = await app.Services.GetRequiredService<Reprocessor>().RunAsync(null, CancellationToken.None);
        Assert.NotNull(reprocessed);
        Assert.Equal(before with { Sources = 0 }, await CountsAsync(app));
    }

    [Fact]
    public async Task Removing_the_articles_removes_what_hangs_off_them_and_their_search_entries()
    {
        await using var site = await LeikeSiteAsync();
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));
        using var session = new AdminSession(app);
        await session.SignInAsync();
        await app.RunSourceAsync("wire");
        var title = "Jan Leike joins Anthropic after leaving OpenAI";
        Assert.Contains(title, await session.Client.GetStringAsync(new Uri("/search?q=Leike", UriKind.Relative)), StringComparison.Ordinal);

        var list = await DeleteAsync(session, await IdAsync(app, "wire"), "remove");

        Assert.Contains("wire deleted with its 1 article(s).", list, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 0, 0), await CountsAsync(app));
        Assert.Equal(0, await app.QueryAsync(db => db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM ArticleSearch WHERE ArticleSearch MATCH 'leike'").SingleAsync()));
        Assert.DoesNotContain(title, await session.Client.GetStringAsync(new Uri("/search?q=Leike", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_choice_nothing_is_deleted()
    {
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", new Uri("https://wire.example/feed.xml"), null)));
        using var session = new AdminSession(app);
        await session.SignInAsync();
        var id = await IdAsync(app, "wire");

        var list = await DeleteAsync(session, id, null);
        await DeleteAsync(session, id, "everything");

        Assert.Contains("wire was not deleted: choose whether to keep or remove its articles.", list, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(db => db.Sources.AnyAsync(s => s.Id == id)));
    }

    [Fact]
    public async Task A_deleted_configured_source_stays_deleted_at_start_up_until_it_is_added_again()
    {
        await using var site = await LeikeSiteAsync();
        var settings = TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null));
        using var app = new TalentWatchApp(settings);
        using var session = new AdminSession(app);
        await session.SignInAsync();

        var list = await DeleteAsync(session, await IdAsync(app, "wire"), "keep");

        Assert.Contains("It is listed in the configuration (TalentWatch:Sources) but stays deleted: start-up will not restore it.", list, StringComparison.Ordinal);
        var sameDatabase = new Dictionary<string, string?>(settings)
        {
            ["ConnectionStrings:TalentWatch"] = $"Data Source={Path.Combine(app.Folder, "talentwatch.db")}",
        };
        using (var restarted = new TalentWatchApp(sameDatabase))
        {
            Assert.False(await restarted.QueryAsync(db => db.Sources.AnyAsync()));
            Assert.Contains("is not restored: an administrator deleted it", restarted.LogText(), StringComparison.Ordinal);
        }

        // Adding it again is how it comes back; start-up then keeps it like any configured source.
        using (var added = await session.PostFormAsync("/admin/sources/add", SourceAdminTests.Fields(site.Url("/feed.xml").AbsoluteUri, kind: "", name: "wire again")))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }
        using (var restarted = new TalentWatchApp(sameDatabase))
        {
            Assert.Equal("wire", await restarted.QueryAsync(db => db.Sources.Select(s => s.Name).SingleAsync()));
        }
    }

    [Fact]
    public async Task Deleted_default_sources_are_not_brought_back_on_an_empty_install()
    {
        using var app = new TalentWatchApp();
        var defaults = await app.QueryAsync(db => db.Sources.Select(s => s.Url).ToListAsync());
        Assert.NotEmpty(defaults);
        using var session = new AdminSession(app);
        await session.SignInAsync();
        var ids = await app.QueryAsync(db => db.Sources.Select(s => s.Id).ToListAsync());
        foreach (var id in ids)
        {
            await DeleteAsync(session, id, "remove");
        }

        using var restarted = new TalentWatchApp(new() { ["ConnectionStrings:TalentWatch"] = $"Data Source={Path.Combine(app.Folder, "talentwatch.db")}" });

        Assert.False(await restarted.QueryAsync(db => db.Sources.AnyAsync()));
    }
}
