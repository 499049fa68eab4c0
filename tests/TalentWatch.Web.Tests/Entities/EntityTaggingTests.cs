using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentWatch.Analysis;
using TalentWatch.Entities;
using TalentWatch.Scraping;
using TalentWatch.Storage;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Entities;

/// <summary>Entities from scrape to API: catalog matches in both scripts, the entities endpoints, seeding and reprocessing.</summary>
public class EntityTaggingTests
{
    private static readonly DateTimeOffset Published = new(2024, 4, 4, 10, 30, 0, TimeSpan.FromHours(3));

    private static async Task<(NewsSite Site, TalentWatchApp App, HttpClient Client)> ScrapeAsync(params (string Path, string Title, string Lang, string[] Paragraphs)[] articles)
    {
        var site = await NewsSite.StartAsync();
        foreach (var a in articles)
        {
            site.Page(a.Path, SamplePages.Article(a.Title, Published, a.Paragraphs, a.Lang));
        }
        site.Page("/feed.xml", SamplePages.Rss([.. articles.Select(a => (site.Url(a.Path), a.Title, Published))]));
        var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));
        var client = app.CreateClient();
        Assert.Equal(articles.Length, (await app.RunSourceAsync("wire")).ArticlesStored);
        return (site, app, client);
    }

    private static async Task<List<JsonElement>> EntitiesOfAsync(HttpClient client, string title)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/articles");
        var id = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == title).GetProperty("id").GetInt64();
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        return [.. detail.GetProperty("entities").EnumerateArray()];
    }

    [Fact]
    public async Task A_hire_into_a_company_unit_tags_the_company_and_credits_it_with_the_move()
    {
        const string title = "Meta hires OpenAI researcher for its superintelligence lab";
        var (site, app, client) = await ScrapeAsync(
            ("/msl/", title, "en", ["Jason Wei has joined Meta Superintelligence Labs from OpenAI, people familiar with the matter said."]));
        await using var _ = site;
        using var __ = app;
        using var ___ = client;

        var ids = (await EntitiesOfAsync(client, title)).Select(e => e.GetProperty("id").GetString()).ToList();
        var page = await client.GetFromJsonAsync<JsonElement>("/api/articles");
        var id = page.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetInt64();
        var move = (await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}")).GetProperty("moves").EnumerateArray()
            .Single(m => m.GetProperty("type").GetString() == "join");

        Assert.Contains("meta", ids);
        Assert.Contains("meta-superintelligence-labs", ids);
        Assert.Equal("meta", move.GetProperty("to").GetProperty("id").GetString());
        Assert.Equal("openai", move.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("Meta Superintelligence Labs", move.GetProperty("role").GetString());
    }

    [Fact]
    public async Task An_arabic_and_an_english_article_name_the_same_people_and_companies()
    {
        const string arTitle = "ماسك يرفع رواتب مهندسي تسلا";
        const string enTitle = "Musk raises pay for Tesla engineers";
        var (site, app, client) = await ScrapeAsync(
            ("/ar/", arTitle, "ar", ["قال إيلون ماسك إن تسلا سترفع رواتب مهندسيها، بعدما استقطبت أوبن إيه آي عددا منهم. وأضاف ماسك أن الشركة لن تخسر المزيد لصالح غوغل."]),
            ("/en/", enTitle, "en", ["Elon Musk said Tesla would raise pay for its AI engineers after OpenAI poached several of them. Musk's memo also named Google."]));
        await using var _ = site;
        using var __ = app;
        using var ___ = client;

        foreach (var title in new[] { arTitle, enTitle })
        {
            var entities = await EntitiesOfAsync(client, title);
            var ids = entities.Select(e => e.GetProperty("id").GetString()).ToHashSet();
            Assert.Superset(new HashSet<string?> { "elon-musk", "tesla", "openai", "google" }, ids);
            var musk = entities.Single(e => e.GetProperty("id").GetString() == "elon-musk");
            Assert.Equal("Elon Musk", musk.GetProperty("name").GetString());
            Assert.Equal("person", musk.GetProperty("kind").GetString());
            Assert.True(musk.GetProperty("confirmed").GetBoolean());
            Assert.True(musk.GetProperty("mentions").GetInt32() >= 2, title);
            Assert.Equal("org", entities.Single(e => e.GetProperty("id").GetString() == "tesla").GetProperty("kind").GetString());
        }

        var people = await client.GetFromJsonAsync<JsonElement>("/api/entities?kind=person&q=Musk");
        var elon = people.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "elon-musk");
        Assert.Equal(2, elon.GetProperty("articles").GetInt32());
        Assert.Equal("إيلون ماسك", elon.GetProperty("nameAr").GetString());
        var one = await client.GetFromJsonAsync<JsonElement>("/api/entities/tesla");
        Assert.Equal("Tesla", one.GetProperty("name").GetString());
        Assert.Equal("company", one.GetProperty("sector").GetString());
        Assert.Equal("media", (await client.GetFromJsonAsync<JsonElement>("/api/entities/reuters")).GetProperty("sector").GetString());
        Assert.Equal(JsonValueKind.Null, elon.GetProperty("sector").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/entities/no-such-entity")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/entities?kind=planet")).StatusCode);
    }

    [Fact]
    public async Task Seeding_keeps_what_an_admin_edited_and_reprocessing_retags_from_the_kept_html()
    {
        var (site, app, client) = await ScrapeAsync(("/a/", "A lab hires", "en", ["The Quokka Robotics lab hired a new chief scientist from a rival, sources said on Monday."]));
        await using var _ = site;
        using var __ = app;
        using var ___ = client;
        Assert.DoesNotContain(await EntitiesOfAsync(client, "A lab hires"), e => e.GetProperty("id").GetString() == "tesla");

        // An admin teaches the catalog a new alias for Tesla (contrived, but it proves the retag).
        await app.QueryAsync(async db =>
        {
            var tesla = await db.Entities.SingleAsync(e => e.Slug == "tesla");
            tesla.Aliases += "\nQuokka Robotics";
            tesla.EditedByAdmin = true;
            return await db.SaveChangesAsync();
        });
        await app.QueryAsync(async db => await CatalogSync.SyncAsync(db, EntityCatalog.LoadShipped(), DateTime.UtcNow));
        var result = await app.Services.GetRequiredService<Reprocessor>().RunAsync(null, CancellationToken.None);

        Assert.Equal((1, 1, 0), (result.Done, result.Total, result.Failed));
        Assert.Contains("Quokka Robotics", await app.QueryAsync(db => db.Entities.Where(e => e.Slug == "tesla").Select(e => e.Aliases).SingleAsync()), StringComparison.Ordinal);
        Assert.Contains(await EntitiesOfAsync(client, "A lab hires"), e => e.GetProperty("id").GetString() == "tesla");
    }

    [Fact]
    public async Task Names_outside_the_catalog_are_stored_unconfirmed_with_the_sentence_that_found_them()
    {
        const string sentence = "Priya Raman, a researcher at Vantor Labs, joined Anthropic this week to lead its interpretability team.";
        var (site, app, client) = await ScrapeAsync(("/d/", "Anthropic hires a researcher", "en", [sentence, "Raman said the move was a chance to work on alignment at scale."]));
        await using var _ = site;
        using var __ = app;
        using var ___ = client;

        var entities = await EntitiesOfAsync(client, "Anthropic hires a researcher");
        var raman = Assert.Single(entities, e => e.GetProperty("name").GetString() == "Priya Raman");
        Assert.False(raman.GetProperty("confirmed").GetBoolean());
        Assert.Equal("person", raman.GetProperty("kind").GetString());
        Assert.True(entities.Single(e => e.GetProperty("id").GetString() == "anthropic").GetProperty("confirmed").GetBoolean());

        var unconfirmed = await client.GetFromJsonAsync<JsonElement>("/api/entities?confirmed=false");
        var stored = unconfirmed.EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Priya Raman");
        Assert.Equal("priya-raman", stored.GetProperty("id").GetString());
        Assert.Contains("Priya Raman, a researcher at Vantor Labs", stored.GetProperty("discoveredSentence").GetString(), StringComparison.Ordinal);
        Assert.Equal(site.Url("/d/").AbsoluteUri, stored.GetProperty("discoveredIn").GetString());
        Assert.DoesNotContain(unconfirmed.EnumerateArray(), e => e.GetProperty("id").GetString() == "anthropic");
    }
}
