using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TalentWatch.Entities;
using TalentWatch.Moves;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Tests.Infrastructure;
using Entity = TalentWatch.Storage.Entity;

namespace TalentWatch.Web.Tests.Pages;

/// <summary>
/// One app for every page test, seeded directly through TalentWatchDb with entities whose slugs the shipped catalog
/// does not use, so each test can count exactly what a filter returns.
/// </summary>
public sealed class PagesFixture : IAsyncLifetime
{
    public static readonly DateTime Day = new(2025, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    public TalentWatchApp App { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public Dictionary<string, long> Articles { get; } = [];

    public Dictionary<string, long> Events { get; } = [];

    public async Task InitializeAsync()
    {
        Client = App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        await App.QueryAsync(async db =>
        {
            var source = new Source { Name = "Seed Wire", Kind = SourceKind.Rss, Url = "http://127.0.0.1/seed.xml", LastStatus = SourceStatus.Ok };
            db.Sources.Add(source);
            db.Sources.Add(new Source
            {
                Name = "Broken Feed",
                Kind = SourceKind.Rss,
                Url = "http://127.0.0.1/broken.xml",
                LastStatus = SourceStatus.Error,
                LastError = "HTTP 503 <Service Unavailable>",
                LastRunAt = Day,
                ConsecutiveFailures = 3,
            });
            var acme = Org("zz-acme", "Acme Minds", "أكمي");
            var globex = Org("zz-globex", "Globex Labs", null);
            var initech = Org("zz-initech", "Initech AI", null);
            var pager = Org("zz-pager", "Pager Corp", null);
            var jane = Person("zz-jane-roe", "Jane Roe", null);
            var omar = Person("zz-omar", "Omar Haddad", "عمر حداد");
            var pat = Person("zz-pat", "Pat Pager", null);
            db.Entities.AddRange(acme, globex, initech, pager, jane, omar, pat);
            await db.SaveChangesAsync();

            Add(db, source, "acme", "Acme Minds opens a lab", "Acme Minds opened a lab in Paris.", "en", Day, acme);
            Add(db, source, "globex", "Globex Labs hires researchers", "Globex Labs hired ten researchers.", "en", Day.AddHours(-1), globex);
            Add(db, source, "initech", "Initech AI grows", "Initech AI grew.", "en", Day.AddHours(-2), initech);
            Add(db, source, "arabic", "عمر حداد ينضم إلى أكمي", "أعلنت شركة أكمي انضمام عمر حداد.\n\nوكان حداد يعمل في جلوبكس.", "ar", Day.AddDays(-1), acme, omar);
            Add(db, source, "script", "<script>alert('title')</script> Acme news", "Before <script>alert('text')</script> after <b>bold</b>.", "en", Day.AddDays(-3), initech);
            Add(db, source, "irrelevant", "Acme Minds cafeteria menu", "Soup.", "en", Day.AddDays(-4), acme).Relevant = false;
            for (var i = 0; i < 12; i++)
            {
                Add(db, source, $"pager{i}", $"Pager Corp story {i}", "Pager Corp text.", "en", Day.AddDays(-10).AddMinutes(-i * (i % 3 == 0 ? 0 : 7)), pager);
            }
            await db.SaveChangesAsync();

            Event(db, "jane-joins-acme", MoveType.Join, jane, globex, acme, "arabic", Day.AddHours(-3));
            Event(db, "omar-leaves-initech", MoveType.Leave, omar, initech, null, "initech", Day.AddHours(-4));
            // Pager Corp gains and loses people between its stories, and keeps one (from and to itself): its timeline
            // merges both sides of its events with its articles.
            Event(db, "pager-out-1", MoveType.Leave, pat, pager, null, "pager1", Day.AddDays(-10).AddMinutes(-3));
            Event(db, "pager-in-1", MoveType.Join, pat, null, pager, "pager2", Day.AddDays(-10).AddMinutes(-10));
            Event(db, "pager-kept", MoveType.Retain, pat, pager, pager, "pager4", Day.AddDays(-10).AddMinutes(-25));
            Event(db, "pager-out-2", MoveType.Leave, pat, pager, null, "pager5", Day.AddDays(-10).AddMinutes(-40));
            Event(db, "pager-in-2", MoveType.Join, pat, null, pager, "pager7", Day.AddDays(-10).AddMinutes(-60));
            await db.SaveChangesAsync();
            foreach (var (key, talentEvent) in pendingEvents)
            {
                Events[key] = talentEvent.Id;
            }
            return 0;
        });
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        App.Dispose();
        return Task.CompletedTask;
    }

    public async Task<IDocument> GetDocumentAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The (kind, id) of every timeline item on a page, in page order.</summary>
    public static List<string> Items(IDocument page) =>
        [.. page.QuerySelectorAll("main [data-kind]").Select(e => $"{e.GetAttribute("data-kind")}:{e.GetAttribute("data-id")}")];

    public string ArticleItem(string key) => $"article:{Articles[key]}";

    public string EventItem(string key) => $"event:{Events[key]}";

    private readonly Dictionary<string, Article> pendingArticles = [];
    private readonly List<(string Key, TalentEvent Event)> pendingEvents = [];

    private Article Add(TalentWatchDb db, Source source, string key, string title, string text, string language, DateTime at, params Entity[] entities)
    {
        var article = SeedRows.Article(source, $"http://127.0.0.1/{key}", title, text, language, at, entities);
        db.Articles.Add(article);
        pendingArticles[key] = article;
        // Ids exist only after SaveChanges; the dictionary is filled from the tracked entities then.
        db.SavedChanges += (_, _) => Articles[key] = article.Id;
        return article;
    }

    private void Event(TalentWatchDb db, string key, MoveType type, Entity? person, Entity? from, Entity? to, string articleKey, DateTime at)
    {
        var talentEvent = SeedRows.Event(type, person, from, to, pendingArticles[articleKey], reportedAt: at);
        db.Events.Add(talentEvent);
        pendingEvents.Add((key, talentEvent));
    }

    private static Entity Org(string slug, string name, string? nameAr) =>
        new() { Slug = slug, Kind = EntityKind.Org, Name = name, NameAr = nameAr, CreatedAt = Day };

    private static Entity Person(string slug, string name, string? nameAr) =>
        new() { Slug = slug, Kind = EntityKind.Person, Name = name, NameAr = nameAr, CreatedAt = Day };
}

[CollectionDefinition(Name)]
public sealed class PagesGroup : ICollectionFixture<PagesFixture>
{
    public const string Name = "Pages";
}
