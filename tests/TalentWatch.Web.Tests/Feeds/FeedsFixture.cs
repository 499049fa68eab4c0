using TalentWatch.Entities;
using TalentWatch.Moves;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Tests.Infrastructure;
using Entity = TalentWatch.Storage.Entity;

namespace TalentWatch.Web.Tests.Feeds;

/// <summary>
/// One app on a real Kestrel port (newsboat needs one), seeded through TalentWatchDb with entities whose slugs the
/// shipped catalog does not use, so every feed's exact entries are known.
/// </summary>
public sealed class FeedsFixture : IAsyncLifetime
{
    public TalentWatchApp App { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public FeedSeed Seed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        // With Kestrel, only the parameterless CreateClient targets the real port (options would reset it to localhost:80).
        Client = App.CreateClient();
        Seed = await FeedSeed.AddAsync(App);
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        App.Dispose();
        return Task.CompletedTask;
    }

    public async Task<byte[]> GetBytesAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync();
    }
}

/// <summary>The seeded rows, by key, and the titles the feeds must show for them.</summary>
public sealed class FeedSeed
{
    public static readonly DateTime Day = new(2025, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    // U+0001 and U+FFFF are forbidden in XML; the markup and ampersand must arrive as text.
    public const string NastyTitle = "<script>alert(1)</script> Volta & Quark \u0001news\uFFFF — فولتا تستقطب المواهب";
    public const string ArabicTitle = "لينا حداد تنضم إلى فولتا";

    public Dictionary<string, long> Articles { get; } = [];
    public Dictionary<string, long> Events { get; } = [];

    public string ArticleId(string key) => $"tag:talentwatch,2024:article/{Articles[key]}";

    public string EventId(string key) => $"tag:talentwatch,2024:event/{Events[key]}";

    public static async Task<FeedSeed> AddAsync(TalentWatchApp app)
    {
        var seed = new FeedSeed();
        await app.QueryAsync(async db =>
        {
            var source = new Source { Name = "Seed Wire", Kind = SourceKind.Rss, Url = "http://127.0.0.1/feeds-seed.xml", LastStatus = SourceStatus.Ok };
            db.Sources.Add(source);
            var volta = Entity("zz-volta", EntityKind.Org, "Volta AI", "فولتا");
            var quark = Entity("zz-quark", EntityKind.Org, "Quark Labs", null);
            var nimbus = Entity("zz-nimbus", EntityKind.Org, "Nimbus Robotics", null);
            var ethan = Entity("zz-ethan", EntityKind.Person, "Ethan Knight", null);
            var lina = Entity("zz-lina", EntityKind.Person, "Lina Haddad", "لينا حداد");
            db.Entities.AddRange(volta, quark, nimbus, ethan, lina);
            var articles = new Dictionary<string, Article>
            {
                ["ethan"] = Article(source, "ethan", "Ethan Knight leaves Volta AI for Quark Labs", "Ethan Knight left Volta AI to join Quark Labs as chief scientist.\n\nMore text.", "en", Day, volta, quark, ethan),
                ["lina"] = Article(source, "lina", "Volta AI hires Lina Haddad", "Volta AI hired Lina Haddad to lead research.", "en", Day.AddHours(-1), volta, lina),
                ["arabic"] = Article(source, "arabic", ArabicTitle, "أعلنت فولتا انضمام لينا حداد إلى فريق البحث.", "ar", Day.AddHours(-2), volta, lina),
                ["nasty"] = Article(source, "nasty", NastyTitle, "Text with \u0001 a control & <b>markup</b> — فولتا.", "en", Day.AddHours(-3), volta, quark),
                ["nimbus"] = Article(source, "nimbus", "Nimbus Robotics raids Quark Labs", "Nimbus Robotics is hiring away Quark Labs engineers.", "en", Day.AddHours(-4), nimbus, quark),
            };
            articles["ethan"].Author = "Sam Writer";
            db.Articles.AddRange(articles.Values);
            var events = new Dictionary<string, TalentEvent>
            {
                ["ethan"] = Event(MoveType.Join, ethan, volta, quark, articles["ethan"], "chief scientist"),
                ["lina"] = Event(MoveType.Join, lina, null, volta, articles["lina"], null),
                ["nimbus"] = Event(MoveType.Poach, null, quark, nimbus, articles["nimbus"], null),
            };
            db.Events.AddRange(events.Values);
            await db.SaveChangesAsync();
            foreach (var (key, article) in articles)
            {
                seed.Articles[key] = article.Id;
            }
            foreach (var (key, talentEvent) in events)
            {
                seed.Events[key] = talentEvent.Id;
            }
            return 0;
        });
        return seed;
    }

    private static Article Article(Source source, string key, string title, string text, string language, DateTime at, params Entity[] entities) =>
        SeedRows.Article(source, $"http://127.0.0.1/feeds/{key}", title, text, language, at, entities);

    public static TalentEvent Event(MoveType type, Entity? person, Entity? from, Entity? to, Article article, string? role) =>
        SeedRows.Event(type, person, from, to, article, role, date: "2025-03");

    private static Entity Entity(string slug, EntityKind kind, string name, string? nameAr) =>
        new() { Slug = slug, Kind = kind, Name = name, NameAr = nameAr, CreatedAt = Day };
}

[CollectionDefinition(Name)]
public sealed class FeedsGroup : ICollectionFixture<FeedsFixture>
{
    public const string Name = "Feeds";
}
