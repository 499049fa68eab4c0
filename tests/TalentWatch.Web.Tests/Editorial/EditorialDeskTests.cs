using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Analysis;
using TalentWatch.Editorial;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Tests.Browser;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Editorial;

/// <summary>The editors' actions beyond the browser test: a split that holds, and the confirmed-only setting.</summary>
public sealed class EditorialDeskTests
{
    [Fact]
    public async Task A_report_split_out_of_its_event_stays_apart_after_a_reprocess()
    {
        await using var site = await ReviewBrowserTests.PublishAsync();
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));
        await app.RunSourceAsync("wire");
        var (eventId, moveIds) = await app.QueryAsync(async db =>
        {
            var e = await db.Events.Include(x => x.Moves).FirstAsync(x => x.Moves.Count >= 2);
            return (e.Id, e.Moves.Select(m => m.Id).Order().ToList());
        });
        var unsplit = await EvidenceByEventAsync(app);
        var report = await app.QueryAsync(db => db.Moves.Where(m => m.Id == moveIds[0]).Select(m => m.Type + " " + m.Evidence).SingleAsync());
        var desk = new EditorialDesk(TimeProvider.System);
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<TalentWatchDb>>().CreateDbContextAsync())
        {
            Assert.Equal("This is the event's only report: there is nothing to split it from.",
                await desk.SplitAsync(db, await db.Moves.Where(m => m.EventId != eventId && m.EventId != null).Select(m => m.Id).FirstAsync(), "editor", CancellationToken.None));
            Assert.Null(await desk.SplitAsync(db, moveIds[0], "editor", CancellationToken.None));
        }
        var before = await EvidenceByEventAsync(app);

        await app.Services.GetRequiredService<Reprocessor>().RunAsync(null, CancellationToken.None);

        var after = await EvidenceByEventAsync(app);
        Assert.Equal(before, after);
        Assert.Equal(unsplit.Count + 1, after.Count);
        Assert.Single(after, e => e.EndsWith(": " + report, StringComparison.Ordinal));
        var audit = await app.QueryAsync(db => db.EventAudit.Where(a => a.Action == "split").Select(a => a.Detail).ToListAsync());
        Assert.Equal(2, audit.Count);
    }

    [Fact]
    public async Task With_public_events_set_to_confirmed_only_confirmed_events_are_shown_and_the_feeds_say_so()
    {
        await using var site = await ReviewBrowserTests.PublishAsync();
        var settings = TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null));
        settings["TalentWatch:Moves:PublicEvents"] = "confirmed";
        using var app = new TalentWatchApp(settings);
        await app.RunSourceAsync("wire");
        using var client = app.CreateClient();
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/events")).GetProperty("items").EnumerateArray());

        var first = await app.QueryAsync(db => db.Events.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync());
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<TalentWatchDb>>().CreateDbContextAsync())
        {
            Assert.Null(await new EditorialDesk(TimeProvider.System).ConfirmAsync(db, first, "editor", CancellationToken.None));
        }

        var shown = Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/events")).GetProperty("items").EnumerateArray());
        Assert.Equal((first, "confirmed"), (shown.GetProperty("id").GetInt64(), shown.GetProperty("review").GetString()));
        Assert.Equal(5, (await client.GetFromJsonAsync<JsonElement>("/api/events?relevant=all")).GetProperty("items").GetArrayLength());
        var feed = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync(new Uri("/moves/feed.rss", UriKind.Relative)));
        Assert.EndsWith("Only moves an editor has confirmed.", feed.Root!.Element("channel")!.Element("description")!.Value, StringComparison.Ordinal);
        Assert.Single(feed.Root!.Element("channel")!.Elements("item"));
    }

    /// <summary>Each event as its summary and its reports' evidence, in id order.</summary>
    private static Task<List<string>> EvidenceByEventAsync(TalentWatchApp app) =>
        app.QueryAsync(async db => (await db.Events.Include(e => e.Person).Include(e => e.From).Include(e => e.To).Include(e => e.Moves).OrderBy(e => e.Id).ToListAsync())
            .Select(e => $"{e.Id} {TalentWatch.Events.EventSentence.Describe(e.Type, e.Person?.Name, e.From?.Name, e.To?.Name)}: {string.Join(" | ", e.Moves.Select(m => m.Type + " " + m.Evidence).Order(StringComparer.Ordinal))}")
            .ToList());
}
