using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Events;

/// <summary>
/// What the public views show: one event per career step however it is told, nothing from off-topic articles, and no
/// background fact under the day of the story that mentions it; relevant=all and the article page still show them.
/// </summary>
public class EventVisibilityTests
{
    private static readonly DateTimeOffset May = new(2024, 5, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Leaving_leaving_for_and_co_founding_within_weeks_are_one_event_with_three_reports()
    {
        await using var site = await NewsSite.StartAsync();
        site.Page("/left/", SamplePages.Article("Ilya Sutskever leaves OpenAI", May,
            ["Ilya Sutskever, the artificial intelligence researcher, has left OpenAI, the company said on Tuesday.", SamplePages.Paragraphs("The departure")]));
        site.Page("/for/", SamplePages.Article("Sutskever's next step", May.AddDays(20),
            ["Ilya Sutskever left OpenAI for Safe Superintelligence, a new artificial intelligence lab.", SamplePages.Paragraphs("The new lab")]));
        site.Page("/founded/", SamplePages.Article("A new AI lab", May.AddDays(30),
            ["Ilya Sutskever co-founded Safe Superintelligence, which will hire AI researchers in Palo Alto and Tel Aviv.", SamplePages.Paragraphs("The lab")]));
        site.Page("/feed.xml", SamplePages.Rss((site.Url("/left/"), "Left", May), (site.Url("/for/"), "For", May.AddDays(20)), (site.Url("/founded/"), "Founded", May.AddDays(30))));
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));
        using var client = app.CreateClient();
        await app.RunSourceAsync("wire");

        var page = await client.GetFromJsonAsync<JsonElement>("/api/events?person=ilya-sutskever&relevant=all");

        var step = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("found", step.GetProperty("type").GetString());
        Assert.Equal("openai", step.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("safe-superintelligence", step.GetProperty("to").GetProperty("id").GetString());
        Assert.Equal(3, step.GetProperty("reports").GetInt32());
    }

    [Fact]
    public async Task Joining_a_company_and_leaving_it_weeks_later_stay_two_events()
    {
        await using var site = await NewsSite.StartAsync();
        site.Page("/joined/", SamplePages.Article("Jan Leike joins Anthropic", May,
            ["Jan Leike has joined Anthropic to lead research on artificial intelligence safety.", SamplePages.Paragraphs("The hire")]));
        site.Page("/left/", SamplePages.Article("Jan Leike leaves Anthropic", May.AddDays(40),
            ["Jan Leike has left Anthropic, the artificial intelligence company confirmed.", SamplePages.Paragraphs("The exit")]));
        site.Page("/feed.xml", SamplePages.Rss((site.Url("/joined/"), "Joined", May), (site.Url("/left/"), "Left", May.AddDays(40))));
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));
        using var client = app.CreateClient();
        await app.RunSourceAsync("wire");

        var page = await client.GetFromJsonAsync<JsonElement>("/api/events?person=jan-leike&relevant=all");

        Assert.Equal(["join", "leave"], page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("type").GetString()).Order());
    }

    [Fact]
    public async Task Moves_of_an_off_topic_article_stay_out_of_the_public_views_but_not_out_of_relevant_all()
    {
        await using var site = await NewsSite.StartAsync();
        site.Page("/hire/", SamplePages.Article("Jan Leike joins Anthropic", May,
            ["Jan Leike has left OpenAI to join Anthropic, where he will lead research on artificial intelligence safety.", SamplePages.Paragraphs("The hire")]));
        site.Page("/feed.xml", SamplePages.Rss((site.Url("/hire/"), "Joined", May)));
        var settings = TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null));
        // The relevance is changed behind the app's back below, as no cache of it can see: caches off.
        settings["TalentWatch:Feeds:CacheSeconds"] = "0";
        settings["TalentWatch:Pages:CacheSeconds"] = "0";
        using var app = new TalentWatchApp(settings);
        using var client = app.CreateClient();
        await app.RunSourceAsync("wire");
        var before = await PublicViewsAsync(client);
        Assert.Equal((1, true, true, true, true), before);

        // As the relevance scorer judges a sports transfer or a coffee chain's new chief: about people moving, not AI talent.
        await app.QueryAsync(db => db.Articles.ExecuteUpdateAsync(u => u.SetProperty(a => a.Relevant, false)));

        Assert.Equal((0, false, false, false, false), await PublicViewsAsync(client));
        Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/events?relevant=all")).GetProperty("items").EnumerateArray());
        Assert.Contains("data-kind=\"event\"", await client.GetStringAsync("/?relevant=all"), StringComparison.Ordinal);
        var article = await app.QueryAsync(db => db.Articles.Select(a => a.Id).SingleAsync());
        Assert.Contains("class=\"moves", await client.GetStringAsync($"/articles/{article}"), StringComparison.Ordinal);
    }

    /// <summary>Events in /api/events; an event on the timeline, in the moves feed, in /flows, on the person's page.</summary>
    private static async Task<(int, bool, bool, bool, bool)> PublicViewsAsync(HttpClient client) => (
        (await client.GetFromJsonAsync<JsonElement>("/api/events")).GetProperty("items").GetArrayLength(),
        (await client.GetStringAsync("/")).Contains("data-kind=\"event\"", StringComparison.Ordinal),
        (await client.GetStringAsync("/moves/feed.atom")).Contains("event/", StringComparison.Ordinal),
        (await client.GetStringAsync("/flows")).Contains("/companies/anthropic", StringComparison.Ordinal),
        (await client.GetStringAsync("/people/jan-leike")).Contains("data-kind=\"event\"", StringComparison.Ordinal));

    [Fact]
    public async Task A_founding_told_in_passing_is_background_and_not_on_the_timeline()
    {
        await using var site = await NewsSite.StartAsync();
        site.Page("/recap/", SamplePages.Article("Musk's long feud with OpenAI", May,
            ["Elon Musk co-founded OpenAI in 2015 and left its board in 2018, long before the artificial intelligence talent war began.",
             SamplePages.Paragraphs("The feud")]));
        site.Page("/feed.xml", SamplePages.Rss((site.Url("/recap/"), "Feud", May)));
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));
        using var client = app.CreateClient();
        await app.RunSourceAsync("wire");

        var all = (await client.GetFromJsonAsync<JsonElement>("/api/events?person=elon-musk&type=found&relevant=all")).GetProperty("items").EnumerateArray().ToList();
        var shown = (await client.GetFromJsonAsync<JsonElement>("/api/events?person=elon-musk&type=found")).GetProperty("items").EnumerateArray().ToList();

        var founding = Assert.Single(all);
        Assert.Equal("2015", founding.GetProperty("date").GetString());
        Assert.True(founding.GetProperty("background").GetBoolean());
        Assert.Empty(shown);
        Assert.DoesNotContain("data-kind=\"event\"", await client.GetStringAsync("/?person=elon-musk"), StringComparison.Ordinal);
    }
}
