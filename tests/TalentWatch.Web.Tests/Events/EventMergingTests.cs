using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Analysis;
using TalentWatch.Scraping;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Events;

/// <summary>The same move reported by two sources in two languages is one event with both as sources.</summary>
public class EventMergingTests
{
    [Fact]
    public async Task An_arabic_and_an_english_report_of_one_move_make_one_event_with_two_sources()
    {
        await using var english = await NewsSite.StartAsync();
        await using var arabic = await NewsSite.StartAsync();
        var enPublished = new DateTimeOffset(2024, 5, 28, 18, 0, 0, TimeSpan.FromHours(-4));
        var arPublished = new DateTimeOffset(2024, 5, 29, 9, 30, 0, TimeSpan.FromHours(3));
        english.Page("/leike/", SamplePages.Article("Jan Leike joins Anthropic after leaving OpenAI", enPublished,
            ["Jan Leike, who co-led the superalignment team at OpenAI, said on Tuesday he has joined Anthropic to continue his AI safety research.",
             "Leike resigned from OpenAI earlier this month, saying safety had taken a back seat to products."]));
        english.Page("/feed.xml", SamplePages.Rss((english.Url("/leike/"), "Jan Leike joins Anthropic", enPublished)));
        arabic.Page("/leike/", SamplePages.Article("يان لايكه ينضم إلى أنثروبيك بعد مغادرة أوبن إيه آي", arPublished,
            ["أعلن الباحث يان لايكه، الذي قاد فريق المحاذاة الفائقة في أوبن إيه آي، انضمامه إلى شركة أنثروبيك لمواصلة أبحاثه في أمان الذكاء الاصطناعي.",
             "وكان لايكه قد استقال من أوبن إيه آي في وقت سابق من الشهر الجاري."], lang: "ar"));
        arabic.Page("/feed.xml", SamplePages.Rss((arabic.Url("/leike/"), "يان لايكه ينضم إلى أنثروبيك", arPublished)));
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", english.Url("/feed.xml"), null), ("عربي", "rss", arabic.Url("/feed.xml"), null)));
        using var client = app.CreateClient();
        await app.RunSourceAsync("wire");
        await app.RunSourceAsync("عربي");

        var page = await client.GetFromJsonAsync<JsonElement>("/api/events?person=jan-leike&type=join");

        var joined = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("anthropic", joined.GetProperty("to").GetProperty("id").GetString());
        Assert.Equal("Jan Leike", joined.GetProperty("person").GetProperty("name").GetString());
        var sources = joined.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(2, sources.Count);
        Assert.Equal(["en", "ar"], sources.Select(s => s.GetProperty("language").GetString()));
        Assert.Equal(["wire", "عربي"], sources.Select(s => s.GetProperty("source").GetProperty("name").GetString()));
        Assert.Equal(2, joined.GetProperty("reports").GetInt32());
        Assert.Equal(enPublished.UtcDateTime, joined.GetProperty("firstReportedAt").GetDateTime().ToUniversalTime());
        Assert.Equal(arPublished.UtcDateTime, joined.GetProperty("latestReportedAt").GetDateTime().ToUniversalTime());
        Assert.Contains("Jan Leike", joined.GetProperty("summary").GetString(), StringComparison.Ordinal);

        var arabicOnly = await client.GetFromJsonAsync<JsonElement>("/api/events?person=jan-leike&type=join&lang=ar");
        Assert.Single(arabicOnly.GetProperty("items").EnumerateArray());
        var byCompany = await client.GetFromJsonAsync<JsonElement>("/api/events?company=anthropic&company=no-such-company");
        Assert.Contains(byCompany.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetInt64() == joined.GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/events?type=promote")).StatusCode);

        // A reprocess recomputes the report span from the reports the event has now, not from what it once absorbed.
        var id = joined.GetProperty("id").GetInt64();
        await app.QueryAsync(db => db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(u => u
            .SetProperty(e => e.FirstReportedAt, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc))
            .SetProperty(e => e.LatestReportedAt, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc))));
        await app.Services.GetRequiredService<Reprocessor>().RunAsync(null, CancellationToken.None);
        var again = Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/events?person=jan-leike&type=join")).GetProperty("items").EnumerateArray());
        Assert.Equal(enPublished.UtcDateTime, again.GetProperty("firstReportedAt").GetDateTime().ToUniversalTime());
        Assert.Equal(arPublished.UtcDateTime, again.GetProperty("latestReportedAt").GetDateTime().ToUniversalTime());
    }

    [Fact]
    public async Task A_recap_early_the_next_month_joins_the_event_of_the_first_report()
    {
        await using var site = await NewsSite.StartAsync();
        var first = new DateTimeOffset(2024, 5, 28, 18, 0, 0, TimeSpan.Zero);
        var recap = new DateTimeOffset(2024, 6, 3, 9, 0, 0, TimeSpan.Zero);
        site.Page("/first/", SamplePages.Article("Jan Leike joins Anthropic", first,
            ["Jan Leike said on Tuesday he has joined Anthropic to continue his AI safety research."]));
        site.Page("/recap/", SamplePages.Article("Anthropic's safety team grows", recap,
            ["Jan Leike has joined Anthropic, where he will lead a new superalignment team, he said on Monday."]));
        site.Page("/feed.xml", SamplePages.Rss((site.Url("/first/"), "Jan Leike joins Anthropic", first), (site.Url("/recap/"), "Anthropic's safety team grows", recap)));
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));
        using var client = app.CreateClient();
        await app.RunSourceAsync("wire");

        // Two one-line stories are too thin for the relevance scorer; merging is what is tested here.
        var page = await client.GetFromJsonAsync<JsonElement>("/api/events?person=jan-leike&type=join&relevant=all");
        System.Console.WriteLine(page.ToString()); System.Console.WriteLine(string.Join(";", await app.QueryAsync(db => db.Articles.Select(a => a.Title + a.Relevant + a.RelevanceSignals).ToListAsync())));

        var joined = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(2, joined.GetProperty("reports").GetInt32());
        Assert.Equal("2024-05", joined.GetProperty("date").GetString());
    }
}
