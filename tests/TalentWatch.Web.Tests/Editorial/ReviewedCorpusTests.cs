using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Editorial;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Cli;
using TalentWatch.Web.Tests.Admin;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Editorial;

/// <summary>
/// The articles editors reviewed, exported as a gold corpus (GET /admin/moves/export and `export-reviewed`): the
/// editors' verdicts are the gold that run-eval scores an extractor against.
/// </summary>
public sealed class ReviewedCorpusTests
{
    private static readonly string[] CorpusFields = ["id", "lang", "site", "url_slug", "title", "published", "author", "blocks", "relevant", "entities", "moves"];
    private static readonly string[] Kinds = ["person", "org"];
    private static readonly string[] Slots = ["person", "from", "to"];

    [Fact]
    public async Task The_export_holds_the_editors_version_of_each_reviewed_article_over_http_and_from_the_command_line()
    {
        await using var site = await NewsSite.StartAsync();
        var schulman = new DateTimeOffset(2024, 8, 6, 9, 0, 0, TimeSpan.FromHours(-4));
        var murati = new DateTimeOffset(2024, 9, 25, 17, 30, 0, TimeSpan.FromHours(-7));
        var leike = new DateTimeOffset(2024, 5, 29, 9, 30, 0, TimeSpan.FromHours(3));
        site.Page("/2024/08/schulman-joins-anthropic/", SamplePages.Article("John Schulman joins Anthropic from OpenAI", schulman,
            ["John Schulman, a co-founder of OpenAI, said on Monday he has left OpenAI to join Anthropic, where he will work on AI alignment.",
             "Schulman said he wanted to return to hands-on technical work and deepen his focus on alignment research.",
             "Schulman co-founded OpenAI in 2015 with Sam Altman and Greg Brockman."]));
        site.Page("/2024/09/murati-leaves/", SamplePages.Article("Mira Murati leaves OpenAI", murati,
            ["Mira Murati, the chief technology officer of OpenAI, said on Wednesday she is leaving OpenAI after six and a half years.",
             "Murati said she wanted to create the time and space to do her own exploration."]));
        site.Page("/2024/05/leike/", SamplePages.Article("يان لايكه ينضم إلى أنثروبيك بعد مغادرة أوبن إيه آي", leike,
            ["أعلن الباحث يان لايكه، الذي قاد فريق المحاذاة الفائقة في أوبن إيه آي، انضمامه إلى شركة أنثروبيك لمواصلة أبحاثه في أمان الذكاء الاصطناعي.",
             "وكان لايكه قد استقال من أوبن إيه آي في وقت سابق من الشهر الجاري."], lang: "ar"));
        site.Page("/feed.xml", SamplePages.Rss(
            (site.Url("/2024/08/schulman-joins-anthropic/"), "John Schulman joins Anthropic from OpenAI", schulman),
            (site.Url("/2024/09/murati-leaves/"), "Mira Murati leaves OpenAI", murati),
            (site.Url("/2024/05/leike/"), "يان لايكه ينضم إلى أنثروبيك", leike)));
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));
        await app.RunSourceAsync("wire");

        var joined = await EventIdAsync(app, MoveType.Join, "john-schulman");
        var left = await EventIdAsync(app, MoveType.Leave, "mira-murati");
        var arabic = await EventIdAsync(app, MoveType.Join, "jan-leike");
        var deepMind = await app.QueryAsync(db => db.Entities.Where(e => e.Slug == "google-deepmind").Select(e => e.Id).SingleAsync());
        var desk = new EditorialDesk(TimeProvider.System);
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<TalentWatchDb>>().CreateDbContextAsync())
        {
            Assert.Null(await desk.ConfirmAsync(db, joined, "editor", CancellationToken.None));
            Assert.Null(await desk.RejectAsync(db, left, "editor", CancellationToken.None));
            var before = await db.Events.AsNoTracking().SingleAsync(e => e.Id == arabic);
            var correction = new EventCorrection(before.Type, before.PersonId, before.FromId, deepMind, before.Role, before.Date);
            Assert.Null(await desk.CorrectAsync(db, arabic, correction, "editor", CancellationToken.None));
        }

        using var session = new AdminSession(app);
        await session.SignInAsync();
        using var response = await session.Client.GetAsync(new Uri("/admin/moves/export", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("talentwatch-reviewed.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var exported = await response.Content.ReadAsStringAsync();
        KeepForRoundTrip(exported);
        var corpus = JsonDocument.Parse(exported).RootElement.EnumerateArray().ToList();

        Assert.Equal(3, corpus.Count);
        foreach (var article in corpus)
        {
            Assert.Equal(CorpusFields, article.EnumerateObject().Select(p => p.Name));
            var lang = article.GetProperty("lang").GetString();
            Assert.StartsWith($"{lang}-r", article.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.Equal(lang == "ar" ? ReviewedCorpus.ArabicSite : ReviewedCorpus.EnglishSite, article.GetProperty("site").GetString());
            Assert.Matches("^[a-z0-9-]+$", article.GetProperty("url_slug").GetString()!);
            Assert.NotEmpty(article.GetProperty("blocks").EnumerateArray());
            var names = article.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToHashSet();
            Assert.All(article.GetProperty("entities").EnumerateArray(), e => Assert.Contains(e.GetProperty("kind").GetString(), Kinds));
            foreach (var move in article.GetProperty("moves").EnumerateArray())
            {
                Assert.All(Slots.Where(slot => move.TryGetProperty(slot, out _)),
                    slot => Assert.Contains(move.GetProperty(slot).GetString(), names));
                // Nulls are left out, as the corpus writes them.
                Assert.DoesNotContain(move.EnumerateObject(), p => p.Value.ValueKind == JsonValueKind.Null);
            }
        }
        var english = Article(corpus, "John Schulman joins Anthropic from OpenAI");
        Assert.Equal("schulman-joins-anthropic", english.GetProperty("url_slug").GetString());
        Assert.Equal("2024-08-06T09:00:00-04:00", english.GetProperty("published").GetString());
        Assert.Contains("\"published\": \"2024-05-29T09:30:00+03:00\"", exported, StringComparison.Ordinal);
        Assert.Equal("Dana Reporter", english.GetProperty("author").GetString());
        Assert.True(english.GetProperty("relevant").GetBoolean());
        var confirmed = Assert.Single(Required(english));
        Assert.Equal("""{"type":"join","person":"John Schulman","from":"OpenAI","to":"Anthropic","date":"2024-08"}""", Compact(confirmed));
        // The founding nobody judged is there, optional: an extractor is neither rewarded nor punished for it.
        Assert.Contains(english.GetProperty("moves").EnumerateArray(), m => m.GetProperty("type").GetString() == "found"
            && m.GetProperty("person").GetString() == "John Schulman" && m.GetProperty("optional").GetBoolean());

        // The rejected departure is absent: an extractor that reports it again scores a false positive.
        var rejected = Article(corpus, "Mira Murati leaves OpenAI");
        Assert.DoesNotContain(rejected.GetProperty("moves").EnumerateArray(),
            m => m.GetProperty("type").GetString() == "leave" && m.TryGetProperty("person", out var p) && p.GetString() == "Mira Murati");
        Assert.Empty(Required(rejected));

        // The corrected move is the editor's: Google DeepMind, which the article never names, is an optional entity.
        var corrected = Article(corpus, "يان لايكه ينضم إلى أنثروبيك بعد مغادرة أوبن إيه آي");
        Assert.Equal("ar", corrected.GetProperty("lang").GetString());
        Assert.Equal("leike", corrected.GetProperty("url_slug").GetString());
        var editors = Assert.Single(Required(corrected));
        Assert.Equal("join", editors.GetProperty("type").GetString());
        Assert.Equal("Jan Leike", editors.GetProperty("person").GetString());
        Assert.Equal("Google DeepMind", editors.GetProperty("to").GetString());
        var entities = corrected.GetProperty("entities").EnumerateArray().ToList();
        var added = Assert.Single(entities, e => e.GetProperty("name").GetString() == "Google DeepMind");
        Assert.True(added.GetProperty("optional").GetBoolean());
        Assert.Empty(added.GetProperty("aliases").EnumerateArray());
        var person = Assert.Single(entities, e => e.GetProperty("name").GetString() == "Jan Leike");
        // The forms the Arabic text uses, not the English name it never writes.
        Assert.Equal(["يان لايكه", "لايكه"], person.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));

        // The command line writes the same corpus: to stdout, or to a new file and never over an existing one.
        var database = $"--ConnectionStrings:TalentWatch=Data Source={Path.Combine(app.Folder, "talentwatch.db")}";
        var logs = $"--TalentWatch:LogFolder={Path.Combine(app.Folder, "cli-logs")}";
        var (code, stdout, stderr) = await RunAsync(["export-reviewed", database, logs]);
        Assert.True(code == 0, stderr);
        Assert.Equal(exported, stdout.TrimEnd('\n', '\r'));
        var file = Path.Combine(app.Folder, "reviewed.json");
        (code, stdout, stderr) = await RunAsync(["export-reviewed", "--output", file, database, logs]);
        Assert.True(code == 0, stderr);
        Assert.Equal($"Exported 3 reviewed articles to {file}.", stdout.Trim());
        Assert.Equal(exported, await File.ReadAllTextAsync(file));
        (code, _, stderr) = await RunAsync(["export-reviewed", "--output", file, database, logs]);
        Assert.Equal(1, code);
        Assert.Contains("already exists", stderr, StringComparison.Ordinal);
    }

    private static async Task<long> EventIdAsync(TalentWatchApp app, MoveType type, string person) =>
        await app.QueryAsync(db => db.Events.Where(e => e.Type == type && e.Person!.Slug == person).Select(e => e.Id).SingleAsync());

    private static JsonElement Article(List<JsonElement> corpus, string title) =>
        Assert.Single(corpus, a => a.GetProperty("title").GetString() == title);

    private static List<JsonElement> Required(JsonElement article) =>
        [.. article.GetProperty("moves").EnumerateArray().Where(m => !m.TryGetProperty("optional", out _))];

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    /// <summary>
    /// TALENTWATCH_KEEP_EXPORT=PATH keeps this export for the round trip through run-eval (bench/review-roundtrip.sh),
    /// so the scores of a real extraction against the editors' verdicts can be read.
    /// </summary>
    private static void KeepForRoundTrip(string exported)
    {
        if (Environment.GetEnvironmentVariable("TALENTWATCH_KEEP_EXPORT") is { Length: > 0 } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, exported);
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, new CliConsole(TextReader.Null, output, error));
        return (code, output.ToString(), error.ToString());
    }
}
