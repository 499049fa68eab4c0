using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Feeds;

/// <summary>A second report of the same move updates its item (same id, newer date) instead of adding another.</summary>
public sealed class StableIdTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task A_second_report_updates_the_same_item()
    {
        // Its own app: this test changes the data, and with the cache off every request sees the change at once.
        using var app = new TalentWatchApp(new() { ["TalentWatch:Feeds:CacheSeconds"] = "0" });
        using var client = app.CreateClient();
        var seed = await FeedSeed.AddAsync(app);
        var eventId = seed.EventId("ethan");
        var before = await MoveEntryAsync(client, eventId);
        Assert.Equal("2025-03-10T12:00:00Z", before.Element(Atom + "updated")!.Value);

        var later = FeedSeed.Day.AddDays(2);
        await app.QueryAsync(async db =>
        {
            // What event merging does when another outlet reports the same move: one more Move, a later LatestReportedAt.
            var talentEvent = await db.Events.Include(e => e.Person).Include(e => e.From).Include(e => e.To).SingleAsync(e => e.Id == seed.Events["ethan"]);
            var source = await db.Sources.SingleAsync(s => s.Name == "Seed Wire");
            var article = new Article
            {
                Source = source,
                Url = "http://127.0.0.1/feeds/ethan-again",
                Title = "Quark Labs confirms Ethan Knight hire",
                Text = "Quark Labs confirmed that Ethan Knight joined from Volta AI.",
                Language = "en",
                PublishedAt = later,
                FetchedAt = later,
                SortAt = later,
            };
            talentEvent.Moves.Add(new Move
            {
                Article = article,
                Type = talentEvent.Type,
                Person = talentEvent.Person,
                From = talentEvent.From,
                To = talentEvent.To,
                Evidence = article.Text,
                Confidence = 0.9,
            });
            talentEvent.LatestReportedAt = later;
            await db.SaveChangesAsync();
            return 0;
        });

        var after = await MoveEntryAsync(client, eventId);
        Assert.Equal("2025-03-12T12:00:00Z", after.Element(Atom + "updated")!.Value);
        Assert.Equal("2025-03-10T12:00:00Z", after.Element(Atom + "published")!.Value);
        Assert.Equal("Ethan Knight left Volta AI for Quark Labs", after.Element(Atom + "title")!.Value);
        // Both reports are linked from the one item.
        var links = after.Elements(Atom + "link").Select(l => l.Attribute("href")!.Value).ToList();
        Assert.Contains("http://127.0.0.1/feeds/ethan", links);
        Assert.Contains("http://127.0.0.1/feeds/ethan-again", links);

        // RSS and JSON Feed agree: one item per event, whatever the number of reports.
        var rss = XDocument.Parse(await client.GetStringAsync("/moves/feed.rss"));
        Assert.Single(rss.Descendants("guid"), g => g.Value == eventId && g.Attribute("isPermaLink")?.Value == "false");
        var json = await client.GetStringAsync("/moves/feed.json");
        Assert.Single(System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == eventId);
    }

    private static async Task<XElement> MoveEntryAsync(HttpClient client, string eventId)
    {
        var feed = XDocument.Parse(await client.GetStringAsync("/people/zz-ethan/feed.atom"));
        return Assert.Single(feed.Root!.Elements(Atom + "entry"), e => e.Element(Atom + "id")!.Value == eventId);
    }
}
