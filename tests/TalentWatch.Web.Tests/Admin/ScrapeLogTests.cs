using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Admin;

public class ScrapeLogTests
{
    [Fact]
    public async Task The_scrape_log_lists_recent_runs_with_counts_and_errors_newest_first()
    {
        await using var site = await NewsSite.StartAsync();
        var published = new DateTimeOffset(2025, 2, 3, 10, 0, 0, TimeSpan.Zero);
        site.Page("/a/", SamplePages.Article("A lab hires an AI researcher", published, [SamplePages.Paragraphs("A lab")]));
        site.Page("/feed.xml", SamplePages.Rss((site.Url("/a/"), "A", published)));
        site.Page("/other.xml", SamplePages.Rss());
        using var app = new TalentWatchApp(TalentWatchApp.Sources(("wire", "rss", site.Url("/feed.xml"), null), ("quiet", "rss", site.Url("/other.xml"), null)));
        using var session = new AdminSession(app);
        await session.CreateAdminAsync();
        await session.SignInAsync();
        await app.RunSourceAsync("wire");
        site.Route("/feed.xml", context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });
        await app.RunSourceAsync("wire");
        await app.RunSourceAsync("quiet");

        var all = new HtmlParser().ParseDocument(await session.Client.GetStringAsync(new Uri("/admin/scrape-log", UriKind.Relative)));
        var rows = all.QuerySelectorAll("tr.run").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

        Assert.Equal(3, rows.Count);
        Assert.Equal(["quiet", "wire", "wire"], rows.Select(r => r[1]));
        Assert.Equal(["ok", "error", "ok"], rows.Select(r => r[2]));
        Assert.Equal("1", rows[2][5]);
        Assert.Equal("0", rows[2][7]);
        Assert.Contains("503", rows[1][8], StringComparison.Ordinal);

        var wireId = all.QuerySelectorAll("tr.run a").First(a => a.TextContent == "wire").GetAttribute("href")!;
        var filtered = new HtmlParser().ParseDocument(await session.Client.GetStringAsync(new Uri(wireId, UriKind.Relative)));
        Assert.Equal(2, filtered.QuerySelectorAll("tr.run").Length);
    }
}
