using System.Net;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Entities;
using TalentWatch.Moves;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Admin;

/// <summary>The entity curation pages: search, confirm, reject, edit, merge and a background reprocess.</summary>
public class CurationTests
{
    private static readonly DateTimeOffset Published = new(2024, 4, 4, 10, 30, 0, TimeSpan.Zero);

    private sealed class Fixture : IAsyncDisposable
    {
        public required NewsSite Site { get; init; }
        public required TalentWatchApp App { get; init; }
        public required AdminSession Session { get; init; }

        public async ValueTask DisposeAsync()
        {
            Session.Dispose();
            App.Dispose();
            await Site.DisposeAsync();
        }
    }

    private static async Task<Fixture> StartAsync(params (string Path, string Title, string[] Paragraphs)[] articles)
    {
        var site = await NewsSite.StartAsync();
        foreach (var a in articles)
        {
            site.Page(a.Path, SamplePages.Article(a.Title, Published, a.Paragraphs));
        }
        site.Page("/feed.xml", SamplePages.Rss([.. articles.Select(a => (site.Url(a.Path), a.Title, Published))]));
        var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));
        if (articles.Length > 0)
        {
            Assert.Equal(articles.Length, (await app.RunSourceAsync("wire")).ArticlesStored);
        }
        var session = new AdminSession(app);
        await session.SignInAsync();
        return new Fixture { Site = site, App = app, Session = session };
    }

    private static Task<Entity?> FindAsync(TalentWatchApp app, string slug) =>
        app.QueryAsync(db => db.Entities.AsNoTracking().SingleOrDefaultAsync(e => e.Slug == slug));

    private static Task<List<string>> SlugsOfAsync(TalentWatchApp app, string title) =>
        app.QueryAsync(db => db.ArticleEntities.Where(m => db.Articles.Any(a => a.Id == m.ArticleId && a.Title == title))
            .Select(m => m.Entity!.Slug).ToListAsync());

    private static async Task AddAsync(TalentWatchApp app, Entity entity) =>
        await app.QueryAsync(db =>
        {
            db.Entities.Add(entity);
            return db.SaveChangesAsync();
        });

    private static async Task PostAsync(AdminSession session, string path, Dictionary<string, string>? fields = null, string tokenFrom = "/admin/entities")
    {
        using var response = await session.PostFormAsync(path, fields ?? [], tokenFrom);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Search_finds_an_entity_by_its_arabic_alias()
    {
        await using var f = await StartAsync();
        await AddAsync(f.App, new Entity { Slug = "quokka-labs", Kind = EntityKind.Org, Name = "Quokka Labs", Aliases = "Quokka\nمختبرات كوكا", CreatedAt = DateTime.UtcNow });

        var found = await f.Session.Client.GetStringAsync(new Uri("/admin/entities?q=" + Uri.EscapeDataString("كوكا"), UriKind.Relative));
        var other = await f.Session.Client.GetStringAsync(new Uri("/admin/entities?q=" + Uri.EscapeDataString("زززز"), UriKind.Relative));

        Assert.Contains("/admin/entities/quokka-labs", found, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/entities/quokka-labs", other, StringComparison.Ordinal);
    }

    /// <summary>Starts a reprocess from the entities page and polls the page until it no longer says it is running.</summary>
    private static async Task<string> ReprocessAsync(AdminSession session)
    {
        await PostAsync(session, "/admin/entities?handler=Reprocess");
        string page;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            await Task.Delay(100);
            page = await session.Client.GetStringAsync(new Uri("/admin/entities", UriKind.Relative));
        }
        while (page.Contains("Reprocessing ", StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        return page;
    }

    [Fact]
    public async Task Confirm_flips_a_discovered_entity_and_reject_deletes_it_with_its_mentions()
    {
        const string sentence = "Priya Raman, a researcher at Vantor Labs, joined Anthropic this week to lead its interpretability team.";
        await using var f = await StartAsync(("/d/", "Anthropic hires a researcher", [sentence, "Raman said the move was a chance to work on alignment at scale."]));
        await AddAsync(f.App, new Entity { Slug = "new-lab", Kind = EntityKind.Org, Name = "New Lab", Confirmed = false, DiscoveredSentence = "New Lab opened.", CreatedAt = DateTime.UtcNow });
        var discovered = await f.Session.Client.GetStringAsync(new Uri("/admin/entities?confirmed=false", UriKind.Relative));
        Assert.Contains("Priya Raman, a researcher at Vantor Labs", discovered, StringComparison.Ordinal);
        Assert.Contains(f.Site.Url("/d/").AbsoluteUri, discovered, StringComparison.Ordinal);

        await PostAsync(f.Session, "/admin/entities?handler=Confirm&slug=new-lab");
        Assert.True((await FindAsync(f.App, "new-lab"))!.Confirmed);

        Assert.Contains("priya-raman", await SlugsOfAsync(f.App, "Anthropic hires a researcher"));
        await PostAsync(f.Session, "/admin/entities?handler=Reject&slug=priya-raman");
        Assert.Null(await FindAsync(f.App, "priya-raman"));
        Assert.DoesNotContain("priya-raman", await SlugsOfAsync(f.App, "Anthropic hires a researcher"));
        Assert.Contains("anthropic", await SlugsOfAsync(f.App, "Anthropic hires a researcher"));
    }

    [Fact]
    public async Task The_discovery_queue_starts_with_names_from_articles_on_topic()
    {
        await using var f = await StartAsync(
            ("/s/", "Udinese beat Lazio in the rain", ["Marco Delvecchio, a striker for Udinese, scored twice as his side beat Lazio 3-1 on Sunday.", "Coach Paolo Ferretti, a former defender, praised the crowd after the match in the rain."]),
            ("/d/", "Anthropic hires a researcher", ["Priya Raman, a researcher at Vantor Labs, joined Anthropic this week to lead its interpretability team.", "Raman said the move to the artificial intelligence lab was a chance to work on AI safety and machine learning at scale."]));
        var relevance = await f.App.QueryAsync(db => db.Articles.OrderBy(a => a.Title).Select(a => a.Relevant).ToListAsync());
        Assert.Equal([true, false], relevance);

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await f.Session.Client.GetStringAsync(new Uri("/admin/entities?confirmed=false", UriKind.Relative)));

        var rows = page.QuerySelectorAll("tr[data-entity]").Select(r => (Slug: r.GetAttribute("data-entity"), OffTopic: r.QuerySelector(".off-topic") is not null)).ToList();
        Assert.Contains(("marco-delvecchio", true), rows);
        Assert.Equal(("priya-raman", false), rows[0]);
    }

    [Fact]
    public async Task An_edit_persists_and_survives_the_catalog_sync()
    {
        await using var f = await StartAsync();
        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = "Tesla Motors",
            ["Form.NameAr"] = "تسلا موتورز",
            ["Form.Aliases"] = "Tesla\r\nTesla Inc.\r\nشركة تسلا",
            ["Form.Kind"] = "Org",
        };

        await PostAsync(f.Session, "/admin/entities/tesla", fields, tokenFrom: "/admin/entities/tesla");
        await f.App.QueryAsync(db => CatalogSync.SyncAsync(db, EntityCatalog.LoadShipped(), DateTime.UtcNow));

        var tesla = (await FindAsync(f.App, "tesla"))!;
        Assert.True(tesla.EditedByAdmin);
        Assert.Equal(("Tesla Motors", "تسلا موتورز"), (tesla.Name, tesla.NameAr));
        Assert.Equal(["Tesla", "Tesla Inc.", "شركة تسلا"], tesla.AliasList);
    }

    [Fact]
    public async Task A_merge_moves_mentions_and_moves_to_the_target_and_keeps_the_names()
    {
        await using var f = await StartAsync(
            ("/a/", "Tesla story", ["Elon Musk said Tesla would raise pay for its AI engineers, sources said on Monday."]),
            ("/b/", "Quiet story", ["A small lab hired a chief scientist from a rival, sources said on Monday."]));
        await AddAsync(f.App, new Entity { Slug = "tesla-dup", Kind = EntityKind.Org, Name = "Tesla Dup", NameAr = "تسلا المكررة", Aliases = "TSLA dup", CreatedAt = DateTime.UtcNow });
        var (dupId, teslaId, a, b) = await f.App.QueryAsync(async db => (
            await db.Entities.Where(e => e.Slug == "tesla-dup").Select(e => e.Id).SingleAsync(),
            await db.Entities.Where(e => e.Slug == "tesla").Select(e => e.Id).SingleAsync(),
            await db.Articles.Where(x => x.Title == "Tesla story").Select(x => x.Id).SingleAsync(),
            await db.Articles.Where(x => x.Title == "Quiet story").Select(x => x.Id).SingleAsync()));
        var before = await f.App.QueryAsync(db => db.ArticleEntities.Where(m => m.ArticleId == a && m.EntityId == teslaId).Select(m => m.Mentions).SingleAsync());
        await f.App.QueryAsync(db =>
        {
            db.ArticleEntities.AddRange(
                new ArticleEntity { ArticleId = a, EntityId = dupId, Mentions = 2, FirstOffset = 5 },
                new ArticleEntity { ArticleId = b, EntityId = dupId, Mentions = 1, FirstOffset = 0 });
            db.Moves.Add(new Move { ArticleId = b, Type = MoveType.Join, ToId = dupId, Evidence = "hired", Confidence = 0.9 });
            return db.SaveChangesAsync();
        });

        await PostAsync(f.Session, "/admin/entities/tesla-dup?handler=Merge", new() { ["target"] = "tesla" }, tokenFrom: "/admin/entities/tesla-dup");

        Assert.Null(await FindAsync(f.App, "tesla-dup"));
        var mentions = await f.App.QueryAsync(db => db.ArticleEntities.Where(m => m.EntityId == teslaId).ToDictionaryAsync(m => m.ArticleId, m => m.Mentions));
        Assert.Equal(before + 2, mentions[a]);
        Assert.Equal(1, mentions[b]);
        Assert.Equal(teslaId, await f.App.QueryAsync(db => db.Moves.Where(m => m.ArticleId == b).Select(m => m.ToId).SingleAsync()));
        var aliases = (await FindAsync(f.App, "tesla"))!.AliasList;
        Assert.Contains("Tesla Dup", aliases);
        Assert.Contains("تسلا المكررة", aliases);
        Assert.Contains("TSLA dup", aliases);
    }

    [Fact]
    public async Task Reprocess_runs_in_the_background_and_retags_after_an_alias_edit()
    {
        const string title = "A lab hires";
        await using var f = await StartAsync(("/a/", title, ["The Quokka Robotics lab hired a new chief scientist from a rival, sources said on Monday."]));
        Assert.DoesNotContain("tesla", await SlugsOfAsync(f.App, title));
        var tesla = (await FindAsync(f.App, "tesla"))!;
        await PostAsync(f.Session, "/admin/entities/tesla", new()
        {
            ["Form.Name"] = tesla.Name,
            ["Form.NameAr"] = tesla.NameAr ?? string.Empty,
            ["Form.Aliases"] = tesla.Aliases + "\nQuokka Robotics",
            ["Form.Kind"] = "Org",
        }, tokenFrom: "/admin/entities/tesla");

        var page = await ReprocessAsync(f.Session);

        Assert.Contains("Reprocessed 1/1, 0 failed.", page, StringComparison.Ordinal);
        Assert.Contains("tesla", await SlugsOfAsync(f.App, title));
    }

    [Fact]
    public async Task A_merge_into_an_unknown_slug_or_itself_is_refused_and_changes_nothing()
    {
        await using var f = await StartAsync();

        foreach (var target in new[] { "no-such-entity", "tesla" })
        {
            using var response = await f.Session.PostFormAsync("/admin/entities/tesla?handler=Merge", new Dictionary<string, string> { ["target"] = target }, "/admin/entities/tesla");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        }
        using var missing = await f.Session.Client.GetAsync(new Uri("/admin/entities/no-such-entity", UriKind.Relative));

        Assert.NotNull(await FindAsync(f.App, "tesla"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_rejected_catalog_entity_stays_away_after_the_catalog_sync_until_restored()
    {
        await using var f = await StartAsync(("/a/", "Tesla story", ["Elon Musk said Tesla would raise pay for its AI engineers, sources said on Monday."]));

        await PostAsync(f.Session, "/admin/entities?handler=Reject&slug=tesla");
        await f.App.QueryAsync(db => CatalogSync.SyncAsync(db, EntityCatalog.LoadShipped(), DateTime.UtcNow));
        await ReprocessAsync(f.Session);

        Assert.Null(await FindAsync(f.App, "tesla"));
        Assert.DoesNotContain("tesla", await SlugsOfAsync(f.App, "Tesla story"));
        var removed = await f.Session.Client.GetStringAsync(new Uri("/admin/removed-names", UriKind.Relative));
        Assert.Contains("data-slug=\"tesla\"", removed, StringComparison.Ordinal);

        await PostAsync(f.Session, "/admin/removed-names?handler=Restore&slug=tesla", tokenFrom: "/admin/removed-names");
        await ReprocessAsync(f.Session);

        Assert.NotNull(await FindAsync(f.App, "tesla"));
        Assert.Contains("tesla", await SlugsOfAsync(f.App, "Tesla story"));
        Assert.False(await f.App.QueryAsync(db => db.RemovedEntities.AnyAsync()));
    }

    [Fact]
    public async Task A_rejected_discovered_name_is_not_discovered_again_by_a_reprocess()
    {
        const string title = "Anthropic hires a researcher";
        await using var f = await StartAsync(("/d/", title, ["Priya Raman, a researcher at Vantor Labs, joined Anthropic this week to lead its interpretability team."]));
        Assert.Contains("priya-raman", await SlugsOfAsync(f.App, title));

        await PostAsync(f.Session, "/admin/entities?handler=Reject&slug=priya-raman");
        var page = await ReprocessAsync(f.Session);

        Assert.Contains("Reprocessed 1/1, 0 failed.", page, StringComparison.Ordinal);
        Assert.Null(await FindAsync(f.App, "priya-raman"));
        Assert.DoesNotContain("priya-raman", await SlugsOfAsync(f.App, title));
        Assert.Contains("anthropic", await SlugsOfAsync(f.App, title));
    }

    [Fact]
    public async Task A_merged_away_catalog_entity_stays_merged_and_its_page_redirects_to_the_target()
    {
        await using var f = await StartAsync();

        await PostAsync(f.Session, "/admin/entities/google-deepmind?handler=Merge", new() { ["target"] = "google" }, tokenFrom: "/admin/entities/google-deepmind");
        await f.App.QueryAsync(db => CatalogSync.SyncAsync(db, EntityCatalog.LoadShipped(), DateTime.UtcNow));

        Assert.Null(await FindAsync(f.App, "google-deepmind"));
        using var client = f.App.CreateClient(new() { AllowAutoRedirect = false });
        using var old = await client.GetAsync(new Uri("/companies/google-deepmind", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/companies/google", old.Headers.Location!.OriginalString);
        using var unknown = await client.GetAsync(new Uri("/companies/no-such-company", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
