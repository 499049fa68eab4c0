using Microsoft.EntityFrameworkCore;
using TalentWatch.Entities;
using TalentWatch.Moves;
using TalentWatch.Search;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;

namespace TalentWatch.Benchmarks;

/// <summary>
/// `seed-pages DB [ARTICLES] [EVENTS]`: a synthetic database for the page load benchmark (bench/pages.sh): catalog
/// entities, articles in both languages tagged with them, and events with one report each. Deterministic (seeded).
/// DB is a SQLite file, or an Npgsql connection string (`Host=…;Database=…`) for PostgreSQL, opened as the app opens it
/// (its migrations, its triggers for the maintained columns, the search text written by <see cref="PostgresSearchText"/>).
/// </summary>
public static class PagesSeed
{
    private static readonly string[] English =
        ["talent", "researchers", "joined", "left", "engineers", "AI", "lab", "model", "startup", "hired", "poached", "pay", "compensation", "team", "chief", "scientist"];

    private static readonly string[] Arabic =
        ["المواهب", "الباحثين", "انضم", "غادر", "المهندسين", "الذكاء", "الاصطناعي", "مختبر", "نموذج", "شركة", "استقطاب", "رواتب", "فريق", "كبير", "العلماء", "أبحاث"];

    public static async Task<int> RunAsync(string database, int articleCount, int eventCount)
    {
        var random = new Random(20261128);
        var postgres = database.Contains("Host=", StringComparison.OrdinalIgnoreCase);
        var options = new DbContextOptionsBuilder<TalentWatchDb>();
        options.UseTalentWatchDatabase(postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            postgres ? database : $"Data Source={database}", ArticleSearch.Normalize);
        await using (var db = new TalentWatchDb(options.Options))
        {
            await DatabaseSetup.MigrateAsync(db);
            await CatalogSync.SyncAsync(db, EntityCatalog.LoadShipped(), DateTime.UtcNow);
        }
        List<(int Id, EntityKind Kind)> entities;
        int sourceId;
        await using (var db = new TalentWatchDb(options.Options))
        {
            entities = (await db.Entities.OrderBy(e => e.Id).Select(e => new { e.Id, e.Kind }).ToListAsync()).Select(e => (e.Id, e.Kind)).ToList();
            var source = new Source { Name = "synthetic", Kind = SourceKind.Rss, Url = "https://synthetic.example/feed", CreatedAt = DateTime.UtcNow };
            db.Sources.Add(source);
            await db.SaveChangesAsync();
            sourceId = source.Id;
        }
        var orgs = entities.Where(e => e.Kind == EntityKind.Org).Select(e => e.Id).ToArray();
        var people = entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Id).ToArray();
        var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var articleIds = new List<long>();
        for (var batch = 0; batch < articleCount; batch += 2000)
        {
            await using var db = new TalentWatchDb(options.Options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var rows = new List<Article>();
            for (var i = batch; i < Math.Min(articleCount, batch + 2000); i++)
            {
                var arabic = i % 3 == 0;
                var words = arabic ? Arabic : English;
                var at = start.AddMinutes(i * 25);
                var article = new Article
                {
                    SourceId = sourceId,
                    Url = $"https://synthetic.example/{i}",
                    Language = arabic ? "ar" : "en",
                    Title = Sentence(random, words, 9),
                    Text = string.Join("\n\n", Enumerable.Range(0, 6).Select(_ => Sentence(random, words, 30))),
                    PublishedAt = at,
                    PublishedOffsetMinutes = 0,
                    SortAt = at,
                    FetchedAt = at,
                    Relevant = i % 5 != 0,
                    Relevance = 0.8,
                };
                foreach (var entityId in new[] { orgs[random.Next(orgs.Length)], orgs[random.Next(12)], people[random.Next(people.Length)] }.Distinct())
                {
                    article.Entities.Add(new ArticleEntity { EntityId = entityId, Mentions = 1 + random.Next(4), FirstOffset = random.Next(500) });
                }
                rows.Add(article);
            }
            db.Articles.AddRange(rows);
            await db.SaveChangesAsync();
            articleIds.AddRange(rows.Select(r => r.Id));
        }
        for (var batch = 0; batch < eventCount; batch += 2000)
        {
            await using var db = new TalentWatchDb(options.Options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = batch; i < Math.Min(eventCount, batch + 2000); i++)
            {
                var index = random.Next(articleIds.Count);
                var articleId = articleIds[index];
                var reported = start.AddMinutes(index * 25);
                var type = (MoveType)(i % 5);
                var e = new TalentEvent
                {
                    Type = type,
                    PersonId = type is MoveType.Poach or MoveType.Retain ? null : people[random.Next(people.Length)],
                    FromId = orgs[random.Next(orgs.Length)],
                    ToId = type == MoveType.Leave ? null : orgs[random.Next(orgs.Length)],
                    FirstReportedAt = reported,
                    LatestReportedAt = reported,
                    Date = reported.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                };
                e.Moves.Add(new Move
                {
                    ArticleId = articleId,
                    Type = type,
                    PersonId = e.PersonId,
                    FromId = e.FromId,
                    ToId = e.ToId,
                    Evidence = "Synthetic evidence sentence for the benchmark.",
                    Confidence = 0.8,
                    Date = e.Date,
                });
                db.Events.Add(e);
            }
            await db.SaveChangesAsync();
        }
        Console.WriteLine($"seeded {articleCount} articles and {eventCount} events into {(postgres ? DatabaseSetup.DescribeServer(database) : database)}");
        return 0;
    }

    private static string Sentence(Random random, string[] words, int length) =>
        string.Join(' ', Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)]));
}
