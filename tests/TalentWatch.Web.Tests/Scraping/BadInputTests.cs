using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;
using TalentWatch.Web.Tests.Infrastructure;

namespace TalentWatch.Web.Tests.Scraping;

/// <summary>
/// Hostile or broken input ends in a clear status on the source and a log line; the app keeps running and
/// what was stored before is still there.
/// </summary>
public class BadInputTests
{
    private static readonly DateTimeOffset Published = new(2024, 4, 4, 10, 30, 0, TimeSpan.FromHours(3));

    static BadInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private sealed record Outcome(ScrapeRun Run, Source Source, List<Article> Stored, string Log)
    {
        public List<string> StoredUrls => [.. Stored.Select(a => a.Url)];
    }

    /// <summary>A site whose feed lists a good article and one bad one; "good" already stored by an earlier run.</summary>
    private static async Task<Outcome> RunAsync(NewsSite site, string badPath, Dictionary<string, string?>? settings = null, string feedPath = "/feed.xml")
    {
        site.Page("/good/", SamplePages.Article("A good story about an AI hire", Published, [SamplePages.Paragraphs("A good story")]));
        site.Page("/good-feed.xml", SamplePages.Rss((site.Url("/good/"), "Good", Published)));
        if (feedPath == "/feed.xml")
        {
            site.Page("/feed.xml", SamplePages.Rss((site.Url(badPath), "Bad", Published), (site.Url("/good/"), "Good", Published)));
        }
        var all = TalentWatchApp.Sources(("good", "rss", site.Url("/good-feed.xml"), null), ("bad", "rss", site.Url(feedPath), null));
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }
        using var app = new TalentWatchApp(all);
        using var client = app.CreateClient();
        Assert.Equal(1, (await app.RunSourceAsync("good")).ArticlesStored);

        var run = await app.RunSourceAsync("bad");

        Assert.Equal("ok", await client.GetStringAsync("/healthz"));
        var source = await app.QueryAsync(db => db.Sources.SingleAsync(s => s.Name == "bad"));
        var stored = await app.QueryAsync(db => db.Articles.AsNoTracking().ToListAsync());
        Assert.Contains(site.Url("/good/").AbsoluteUri, stored.Select(a => a.Url));
        return new Outcome(run, source, stored, app.LogText());
    }

    private static void AssertPartial(Outcome outcome, string errorFragment)
    {
        Assert.Equal(SourceStatus.Partial, outcome.Source.LastStatus);
        Assert.NotNull(outcome.Source.LastRunAt);
        Assert.Contains(errorFragment, outcome.Source.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.True(outcome.Log.Contains(errorFragment, StringComparison.OrdinalIgnoreCase), outcome.Log);
    }

    [Fact]
    public async Task A_redirect_loop_fails_the_source_clearly()
    {
        await using var site = await NewsSite.StartAsync();
        site.Route("/loop.xml", context =>
        {
            context.Response.Redirect("/loop.xml?again=" + context.Request.Query["again"] + "1");
            return Task.CompletedTask;
        });
        var outcome = await RunAsync(site, "/unused/", feedPath: "/loop.xml");

        Assert.Equal(SourceStatus.Error, outcome.Source.LastStatus);
        Assert.Contains("redirect", outcome.Source.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("redirect", outcome.Log, StringComparison.OrdinalIgnoreCase);
        Assert.True(outcome.Source.NextRunAt > outcome.Source.LastRunAt);
        Assert.Equal(1, outcome.Source.ConsecutiveFailures);
    }

    [Fact]
    public async Task A_redirect_to_another_loopback_address_is_refused_while_private_networks_are_disallowed()
    {
        await using var site = await NewsSite.StartAsync();
        site.Route("/moved/", context =>
        {
            context.Response.Redirect($"http://127.0.0.2:{site.BaseUrl.Port}/good/");
            return Task.CompletedTask;
        });
        var outcome = await RunAsync(site, "/moved/", new()
        {
            ["TalentWatch:Scraper:AllowPrivateNetworks"] = "false",
            // Only the test site itself is let through: everything else private stays refused.
            ["TalentWatch:Scraper:AllowedPrivateEndpoints:0"] = $"127.0.0.1:{site.BaseUrl.Port}",
        });

        AssertPartial(outcome, "moved");
        Assert.Contains("127.0.0.2", outcome.Source.LastError, StringComparison.Ordinal);
        Assert.Contains("AllowPrivateNetworks", outcome.Source.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_requests_with_retry_after_backs_the_source_off_at_least_that_long()
    {
        await using var site = await NewsSite.StartAsync();
        site.Route("/busy.xml", context =>
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });
        var outcome = await RunAsync(site, "/unused/", feedPath: "/busy.xml");

        Assert.Equal(SourceStatus.Error, outcome.Source.LastStatus);
        Assert.Contains("429", outcome.Source.LastError, StringComparison.Ordinal);
        Assert.True(outcome.Source.NextRunAt >= outcome.Source.LastRunAt!.Value.AddSeconds(3599), $"next run {outcome.Source.NextRunAt} after {outcome.Source.LastRunAt}");
    }

    [Fact]
    public async Task A_gzip_bomb_article_is_refused_and_the_rest_goes_on()
    {
        await using var site = await NewsSite.StartAsync();
        var bomb = GzipOfZeros(64 * 1024 * 1024);
        site.Route("/bomb/", async context =>
        {
            context.Response.ContentType = "text/html";
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(bomb);
        });
        var outcome = await RunAsync(site, "/bomb/", new() { ["TalentWatch:Scraper:MaxResponseBytes"] = "1048576" });

        AssertPartial(outcome, "bomb");
        Assert.Contains("larger than 1 MiB", outcome.Source.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(site.Url("/bomb/").AbsoluteUri, outcome.StoredUrls);
    }

    [Fact]
    public async Task A_body_larger_than_the_cap_is_refused()
    {
        await using var site = await NewsSite.StartAsync();
        site.Page("/huge/", SamplePages.Article("Huge", Published, [new string('x', 400_000)]));
        var outcome = await RunAsync(site, "/huge/", new() { ["TalentWatch:Scraper:MaxResponseBytes"] = "200000" });

        AssertPartial(outcome, "huge");
        Assert.Contains("larger than", outcome.Source.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_drips_bytes_times_out()
    {
        await using var site = await NewsSite.StartAsync();
        site.Route("/drip/", async context =>
        {
            context.Response.ContentType = "text/html";
            for (var i = 0; i < 60 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.WriteAsync("<p>x</p>", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(250, context.RequestAborted);
            }
        });
        var outcome = await RunAsync(site, "/drip/", new() { ["TalentWatch:Scraper:TimeoutSeconds"] = "2" });

        AssertPartial(outcome, "drip");
        Assert.Contains("no complete response within 2 s", outcome.Source.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_billion_laughs_feed_is_read_without_expanding_entities()
    {
        await using var site = await NewsSite.StartAsync();
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">"));
        site.Page("/laughs.xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol0 \"lol\">" + entities + "]><rss version=\"2.0\"><channel><title>&lol9;</title>"
            + $"<item><title>&lol9;</title><link>{site.Url("/good/")}</link></item></channel></rss>", "application/xml");
        var outcome = await RunAsync(site, "/unused/", feedPath: "/laughs.xml");

        Assert.Equal(SourceStatus.Ok, outcome.Source.LastStatus);
        Assert.Equal(0, outcome.Run.ArticlesStored);
        Assert.Equal(1, outcome.Run.ItemsSeen);
    }

    [Fact]
    public async Task A_feed_with_nbsp_and_a_control_character_is_read()
    {
        await using var site = await NewsSite.StartAsync();
        site.Page("/story/", SamplePages.Article("Story with a feed full of junk", Published, [SamplePages.Paragraphs("Junk")]));
        site.Page("/junk.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>A&nbsp;B</title>"
            + $"<item><title>Musk&nbsp;hires\u0001 again</title><link>{site.Url("/story/")}</link><pubDate>Thu, 04 Apr 2024 10:30:00 +0300</pubDate></item></channel></rss>", "application/rss+xml");
        var outcome = await RunAsync(site, "/unused/", feedPath: "/junk.xml");

        Assert.Equal(SourceStatus.Ok, outcome.Source.LastStatus);
        Assert.Equal(1, outcome.Run.ArticlesStored);
    }

    [Fact]
    public async Task A_windows_1256_page_declared_only_in_its_meta_tag_decodes_to_arabic()
    {
        await using var site = await NewsSite.StartAsync();
        const string title = "ماسك يرفع رواتب مهندسي الذكاء الاصطناعي في تسلا";
        const string paragraph = "قال إيلون ماسك إن تسلا سترفع رواتب مهندسيها بعد أن استقطبت أوبن إيه آي عددا منهم خلال الأسابيع الماضية.";
        var html = SamplePages.Article(title, Published, [paragraph], lang: "ar")
            .Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">", StringComparison.Ordinal);
        site.Bytes("/ar/", Encoding.GetEncoding(1256).GetBytes(html), "text/html");
        var outcome = await RunAsync(site, "/ar/");

        Assert.Equal(SourceStatus.Ok, outcome.Source.LastStatus);
        var stored = Assert.Single(outcome.Stored, a => a.Url == site.Url("/ar/").AbsoluteUri);
        Assert.Equal(title, stored.Title);
        Assert.Contains(paragraph, stored.Text, StringComparison.Ordinal);
        Assert.Equal("ar", stored.Language);
    }

    [Fact]
    public async Task A_page_nested_fifty_thousand_deep_fails_alone()
    {
        await using var site = await NewsSite.StartAsync();
        var deep = "<!DOCTYPE html><html><head><title>Deep</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "<p>bottom</p></body></html>";
        site.Page("/deep/", deep);
        var outcome = await RunAsync(site, "/deep/");

        AssertPartial(outcome, "deep");
        Assert.DoesNotContain(site.Url("/deep/").AbsoluteUri, outcome.StoredUrls);
    }

    private static byte[] GzipOfZeros(int size)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var written = 0; written < size; written += zeros.Length)
            {
                gzip.Write(zeros);
            }
        }
        return buffer.ToArray();
    }
}
