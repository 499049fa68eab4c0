using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Scraping;

/// <summary>Each source kind against a real local news site, through the real runner, database and API.</summary>
public class SourceKindsTests
{
    private static readonly DateTimeOffset April4 = new(2024, 4, 4, 10, 30, 0, TimeSpan.FromHours(3));

    private static NewsSite WithArticles(NewsSite site, params string[] paths)
    {
        for (var i = 0; i < paths.Length; i++)
        {
            var title = $"Story {i + 1}: an AI lab hires a researcher";
            site.Page(paths[i], SamplePages.Article(title, April4.AddDays(-i), [SamplePages.Paragraphs($"Story {i + 1}"), "A second paragraph with more detail about the move, the team, and the pay on offer."]));
        }
        return site;
    }

    [Fact]
    public async Task Rss_articles_are_stored_once_even_when_seen_again_with_tracking_parameters()
    {
        await using var site = WithArticles(await NewsSite.StartAsync(), "/2024/04/one/", "/2024/04/two/");
        site.Page("/feed.xml", SamplePages.Rss(
            (site.Url("/2024/04/one/?utm_source=rss&utm_medium=feed"), "Story 1", April4),
            (site.Url("/2024/04/two/"), "Story 2", April4.AddDays(-1))), "application/rss+xml");
        site.Page("/atom.xml", SamplePages.Atom((site.Url("/2024/04/one/"), "Story 1", April4)), "application/atom+xml");
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null), ("blog", "atom", site.Url("/atom.xml"), null)));
        using var client = app.CreateClient();

        var first = await app.RunSourceAsync("wire");
        var again = await app.RunSourceAsync("wire");
        var other = await app.RunSourceAsync("blog");

        Assert.Equal((SourceStatus.Ok, 2), (first.Status, first.ArticlesStored));
        Assert.Equal(0, again.ArticlesStored);
        Assert.Equal(0, other.ArticlesStored);
        var page = await client.GetFromJsonAsync<JsonElement>("/api/articles");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(site.Url("/2024/04/one/").AbsoluteUri, items[0].GetProperty("url").GetString());
        Assert.Equal("Story 1: an AI lab hires a researcher", items[0].GetProperty("title").GetString());
        Assert.Equal("2024-04-04T10:30:00+03:00", items[0].GetProperty("publishedAt").GetString());
        var id = items[0].GetProperty("id").GetInt64();
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        Assert.Contains("Story 1 is the story of the week", detail.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", detail.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("wire", detail.GetProperty("source").GetProperty("name").GetString());
        Assert.Equal("en", detail.GetProperty("language").GetString());
        var pages = await app.QueryAsync(db => db.ArticlePages.CountAsync());
        Assert.Equal(2, pages);
    }

    [Fact]
    public async Task A_second_sighting_under_another_url_with_the_same_canonical_is_not_a_second_row()
    {
        await using var site = await NewsSite.StartAsync();
        var canonical = site.Url("/2024/04/story/").AbsoluteUri;
        site.Page("/2024/04/story/", SamplePages.Article("The story", April4, [SamplePages.Paragraphs("The story")], canonical: canonical));
        site.Page("/amp/2024/04/story/", SamplePages.Article("The story", April4, [SamplePages.Paragraphs("The story")], canonical: canonical));
        site.Page("/feed.xml", SamplePages.Rss((site.Url("/2024/04/story/"), "The story", April4), (site.Url("/amp/2024/04/story/"), "The story", April4)));
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));
        _ = app.CreateClient();

        var run = await app.RunSourceAsync("wire");

        Assert.Equal(1, run.ArticlesStored);
        Assert.Equal([canonical], await app.QueryAsync(db => db.Articles.Select(a => a.Url).ToListAsync()));
    }

    [Fact]
    public async Task A_news_sitemap_stores_its_news_entries_and_not_the_static_pages()
    {
        await using var site = WithArticles(await NewsSite.StartAsync(), "/2024/04/one/", "/2024/04/two/");
        site.Page("/about/", SamplePages.Article("About us", April4, ["We are a press room with a long history of publishing releases about companies."]));
        site.Page("/sitemap.xml", SamplePages.NewsSitemap([site.Url("/about/"), site.Url("/careers/")],
            (site.Url("/2024/04/one/"), "Story 1", April4), (site.Url("/2024/04/two/"), "Story 2", April4.AddDays(-1))), "application/xml");
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("press", "sitemap", site.Url("/sitemap.xml"), null)));
        _ = app.CreateClient();

        var run = await app.RunSourceAsync("press");

        Assert.Equal((SourceStatus.Ok, 2), (run.Status, run.ArticlesStored));
        Assert.DoesNotContain("/about/", site.Requests);
    }

    [Fact]
    public async Task An_html_listing_follows_older_pages_and_uses_the_link_selector()
    {
        var paths = Enumerable.Range(1, 4).Select(i => $"/2024/04/story-{i}/").ToArray();
        await using var site = WithArticles(await NewsSite.StartAsync(), paths);
        site.Page("/", SamplePages.Listing([site.Url(paths[0]), site.Url(paths[1])], "/page/2/"));
        site.Page("/page/2/", SamplePages.Listing([site.Url(paths[2]), site.Url(paths[3])], null));
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("gulf", "html", site.Url("/"), "a.story-link")));
        _ = app.CreateClient();

        var run = await app.RunSourceAsync("gulf");

        Assert.Equal((SourceStatus.Ok, 4), (run.Status, run.ArticlesStored));
        Assert.DoesNotContain("/about/", site.Requests);
    }

    [Fact]
    public async Task An_unchanged_feed_is_asked_for_conditionally_and_answers_not_modified()
    {
        await using var site = WithArticles(await NewsSite.StartAsync(), "/2024/04/one/");
        var feed = SamplePages.Rss((site.Url("/2024/04/one/"), "Story 1", April4));
        var conditionalRequests = 0;
        site.Route("/feed.xml", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                conditionalRequests++;
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            context.Response.Headers.ETag = "\"v1\"";
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(feed);
        });
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null)));
        _ = app.CreateClient();

        var first = await app.RunSourceAsync("wire");
        var second = await app.RunSourceAsync("wire");

        Assert.Equal((SourceStatus.Ok, 1), (first.Status, first.ArticlesStored));
        Assert.Equal(SourceStatus.NotModified, second.Status);
        Assert.Equal(1, conditionalRequests);
        var source = await app.QueryAsync(db => db.Sources.SingleAsync());
        Assert.Equal(SourceStatus.NotModified, source.LastStatus);
        Assert.Equal(0, source.ConsecutiveFailures);
    }
}
