using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using TalentWatch.Fetching;
using TalentWatch.Tests.TestServers;

namespace TalentWatch.Tests.Fetching;

public sealed class GuardedFetcherTests
{
    [Fact]
    public async Task Relative_redirects_are_followed_and_both_urls_reported()
    {
        await using var server = new LocalHttpServer();
        server.Map("/old", LocalResponse.Redirect("new?x=1", 301));
        server.Map("/new", LocalResponse.Text("moved here"));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.GetAsync(server.Url("/old"));

        Assert.Equal(server.Url("/old"), result.RequestedUrl);
        Assert.Equal(server.Url("/new?x=1"), result.FinalUrl);
        Assert.Equal("moved here", result.DecodeText());
    }

    [Fact]
    public async Task Redirect_loop_ends_with_too_many_redirects()
    {
        await using var server = new LocalHttpServer();
        server.Map("/a", LocalResponse.Redirect("/b", 307));
        server.Map("/b", LocalResponse.Redirect("/a", 308));
        using var fetcher = TestFetchers.Create(o => { o.MaxRedirects = 3; o.RespectRobotsTxt = false; });

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(server.Url("/a")));

        Assert.Equal(FetchFailure.TooManyRedirects, ex.Failure);
        Assert.Contains("more than 3 redirects", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, server.Requests.Count); // the first request and three redirects
    }

    [Fact]
    public async Task Gzip_bomb_ends_quickly_with_too_large()
    {
        await using var server = new LocalHttpServer();
        // 1 GiB of zeros, gzipped on the fly (~1 MiB on the wire): the client must stop at its decompressed cap.
        server.Map("/bomb", new LocalResponse
        {
            StreamBody = async (stream, ct) =>
            {
                await using var gzip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true);
                var zeros = new byte[1024 * 1024];
                for (var i = 0; i < 1024; i++)
                {
                    await gzip.WriteAsync(zeros, ct);
                }
            },
        }.WithHeader("Content-Encoding", "gzip").WithHeader("Content-Type", "text/html"));
        using var fetcher = TestFetchers.Create(o => o.MaxResponseBytes = 4 * 1024 * 1024);
        var watch = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(server.Url("/bomb")));

        Assert.Equal(FetchFailure.TooLarge, ex.Failure);
        Assert.Contains("larger than 4 MiB", ex.Message, StringComparison.Ordinal);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Contains("gzip", server.RequestsTo("/bomb").Single().Header("Accept-Encoding"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compressed_bodies_are_decompressed()
    {
        await using var server = new LocalHttpServer();
        using var compressed = new MemoryStream();
        await using (var brotli = new BrotliStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await brotli.WriteAsync("<p>compressed</p>"u8.ToArray());
        }

        server.Map("/br", LocalResponse.Bytes(compressed.ToArray(), "text/html").WithHeader("Content-Encoding", "br"));
        using var fetcher = TestFetchers.Create();

        Assert.Equal("<p>compressed</p>", (await fetcher.GetAsync(server.Url("/br"))).DecodeText());
    }

    [Fact]
    public async Task Body_over_the_cap_is_refused_by_length_or_while_reading()
    {
        await using var server = new LocalHttpServer();
        server.Map("/declared", LocalResponse.Bytes(new byte[5000], "application/octet-stream"));
        server.Map("/exactly-the-cap", new LocalResponse { StreamBody = (stream, ct) => stream.WriteAsync(new byte[1000], ct).AsTask() });
        server.Map("/streamed", new LocalResponse { StreamBody = (stream, ct) => stream.WriteAsync(new byte[5000], ct).AsTask() });
        // Declares 100 MB and then sends nothing: only the header check can end this before the timeout.
        server.Map("/lying", new LocalResponse { StreamBody = (_, ct) => Task.Delay(Timeout.Infinite, ct) }.WithHeader("Content-Length", "100000000"));
        using var fetcher = TestFetchers.Create(o => { o.MaxResponseBytes = 1000; o.TimeoutSeconds = 30; });
        var watch = Stopwatch.StartNew();

        foreach (var path in new[] { "/declared", "/streamed", "/lying" })
        {
            var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(server.Url(path)));
            Assert.Equal(FetchFailure.TooLarge, ex.Failure);
        }

        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Equal(1000, (await fetcher.GetAsync(server.Url("/exactly-the-cap"))).Body.Length);
    }

    [Fact]
    public async Task Dripping_server_times_out()
    {
        await using var server = new LocalHttpServer();
        server.Map("/drip", LocalResponse.Drip("x"u8.ToArray(), TimeSpan.FromMilliseconds(100)));
        server.Map("/silent", new LocalResponse { HeaderDelay = TimeSpan.FromMinutes(5) });
        using var fetcher = TestFetchers.Create(o => o.TimeoutSeconds = 2);

        foreach (var path in new[] { "/drip", "/silent" })
        {
            var watch = Stopwatch.StartNew();
            var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(server.Url(path)));

            Assert.Equal(FetchFailure.Timeout, ex.Failure);
            Assert.Contains("within 2 s", ex.Message, StringComparison.Ordinal);
            Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(8));
        }
    }

    [Fact]
    public async Task Caller_cancellation_is_not_reported_as_timeout()
    {
        await using var server = new LocalHttpServer();
        server.Map("/drip", LocalResponse.Drip("x"u8.ToArray(), TimeSpan.FromMilliseconds(100)));
        using var fetcher = TestFetchers.Create(o => o.TimeoutSeconds = 30);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.GetAsync(server.Url("/drip"), cancellationToken: cts.Token));
    }

    [Fact]
    public async Task Error_status_carries_retry_after_seconds()
    {
        await using var server = new LocalHttpServer();
        server.Map("/busy", LocalResponse.Status(429).WithHeader("Retry-After", "120"));
        using var fetcher = TestFetchers.Create();

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(server.Url("/busy")));

        Assert.Equal(FetchFailure.HttpStatus, ex.Failure);
        Assert.Equal(HttpStatusCode.TooManyRequests, ex.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), ex.RetryAfter);
        Assert.Contains("429 Too Many Requests; retry after 120 s", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_status_carries_retry_after_date()
    {
        await using var server = new LocalHttpServer();
        var date = DateTimeOffset.UtcNow.AddSeconds(90).ToString("R", CultureInfo.InvariantCulture);
        server.Map("/down", LocalResponse.Status(503).WithHeader("Retry-After", date));
        server.Map("/gone", LocalResponse.Status(404));
        using var fetcher = TestFetchers.Create();

        var down = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(server.Url("/down")));
        var gone = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(server.Url("/gone")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.InRange(down.RetryAfter!.Value, TimeSpan.FromSeconds(80), TimeSpan.FromSeconds(91));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Null(gone.RetryAfter);
    }

    [Fact]
    public async Task Connection_refused_is_a_network_failure()
    {
        int port;
        await using (var closed = new LocalHttpServer())
        {
            port = closed.Port;
        }

        using var fetcher = TestFetchers.Create();

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(new Uri($"http://127.0.0.1:{port}/")));

        Assert.Equal(FetchFailure.Network, ex.Failure);
        Assert.StartsWith("Could not fetch http://127.0.0.1:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conditional_get_returns_not_modified()
    {
        await using var server = new LocalHttpServer();
        const string lastModified = "Wed, 21 Oct 2026 07:28:00 GMT";
        server.Map("/feed", request => request.Header("If-None-Match") == "\"v1\""
            ? LocalResponse.Status(304).WithHeader("ETag", "\"v1\"")
            : LocalResponse.Text("<rss/>", "application/rss+xml").WithHeader("ETag", "\"v1\"").WithHeader("Last-Modified", lastModified));
        using var fetcher = TestFetchers.Create();

        var first = await fetcher.GetAsync(server.Url("/feed"));
        var second = await fetcher.GetAsync(server.Url("/feed"), new ConditionalHeaders(first.ETag, first.LastModified));

        Assert.False(first.NotModified);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal(lastModified, first.LastModified);
        Assert.True(second.NotModified);
        Assert.Empty(second.Body);
        Assert.Equal(lastModified, server.RequestsTo("/feed")[1].Header("If-Modified-Since"));
    }

    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_delay()
    {
        await using var server = new LocalHttpServer();
        server.Map("/a", LocalResponse.Text("a"));
        server.Map("/b", LocalResponse.Text("b"));
        var options = new FetcherOptions { AllowPrivateNetworks = true, PerHostDelayMs = 400, RespectRobotsTxt = false };
        using var fetcher = new GuardedFetcher(options);

        await Task.WhenAll(fetcher.GetAsync(server.Url("/a")), fetcher.GetAsync(server.Url("/b")));

        var requests = server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(
            Stopwatch.GetElapsedTime(requests[0].Timestamp, requests[1].Timestamp) >= TimeSpan.FromMilliseconds(400),
            "the second request started less than PerHostDelayMs after the first");
        Assert.All(requests, r => Assert.Equal(options.UserAgent, r.Header("User-Agent")));
    }

    [Fact]
    public async Task Robots_txt_disallow_is_respected_and_fetched_once()
    {
        await using var server = new LocalHttpServer();
        server.Map("/robots.txt", LocalResponse.Text("""
            User-agent: *
            Disallow: /

            User-agent: TalentWatch
            Disallow: /drafts
            Allow: /drafts/published
            """));
        server.Map("/news", LocalResponse.Text("news"));
        server.Map("/drafts/published/1", LocalResponse.Text("published"));
        using var fetcher = TestFetchers.Create();

        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.GetAsync(server.Url("/drafts/1")));
        Assert.Equal("news", (await fetcher.GetAsync(server.Url("/news"))).DecodeText());
        Assert.Equal("published", (await fetcher.GetAsync(server.Url("/drafts/published/1"))).DecodeText());

        Assert.Equal(FetchFailure.RobotsDisallowed, ex.Failure);
        Assert.Contains("robots.txt", ex.Message, StringComparison.Ordinal);
        Assert.Empty(server.RequestsTo("/drafts/1"));
        Assert.Single(server.RequestsTo("/robots.txt"));
    }

    [Fact]
    public async Task Announced_sitemaps_come_from_the_cached_robots_txt()
    {
        await using var server = new LocalHttpServer();
        server.Map("/robots.txt", LocalResponse.Text("User-agent: *\nAllow: /\nSitemap: /news-sitemap.xml\nSitemap: ftp://example.com/s.xml\nSitemap: https://cdn.example/sitemap.xml\n"));
        server.Map("/", LocalResponse.Text("home"));
        using var fetcher = TestFetchers.Create();

        await fetcher.GetAsync(server.Url("/"));
        var sitemaps = await fetcher.GetAnnouncedSitemapsAsync(server.Url("/any/page"));

        Assert.Equal([server.Url("/news-sitemap.xml"), new Uri("https://cdn.example/sitemap.xml")], sitemaps);
        Assert.Single(server.RequestsTo("/robots.txt"));
    }

    [Theory]
    [InlineData(404)]
    [InlineData(403)]
    [InlineData(503)]
    public async Task Missing_or_failing_robots_txt_allows(int status)
    {
        await using var server = new LocalHttpServer();
        server.Map("/robots.txt", LocalResponse.Text("User-agent: *\nDisallow: /", statusCode: status));
        server.Map("/page", LocalResponse.Text("ok"));
        using var fetcher = TestFetchers.Create();

        Assert.Equal("ok", (await fetcher.GetAsync(server.Url("/page"))).DecodeText());
    }

    [Fact]
    public async Task Robots_can_be_ignored_by_configuration()
    {
        await using var server = new LocalHttpServer();
        server.Map("/robots.txt", LocalResponse.Text("User-agent: *\nDisallow: /"));
        server.Map("/page", LocalResponse.Text("ok"));
        using var fetcher = TestFetchers.Create(o => o.RespectRobotsTxt = false);

        Assert.Equal("ok", (await fetcher.GetAsync(server.Url("/page"))).DecodeText());
        Assert.Empty(server.RequestsTo("/robots.txt"));
    }

    [Theory]
    [InlineData("windows-1256", "<meta charset=\"windows-1256\">")]
    [InlineData("iso-8859-6", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\">")]
    public async Task Arabic_legacy_pages_decode_from_their_meta_charset(string encoding, string meta)
    {
        await using var server = new LocalHttpServer();
        var html = $"<html><head>{meta}<title>{CharsetDecoderTests.Arabic}</title></head></html>";
        server.Map("/ar", LocalResponse.Bytes(CharsetDecoderTests.Encode(html, encoding), "text/html"));
        using var fetcher = TestFetchers.Create();

        var result = await fetcher.GetAsync(server.Url("/ar"));

        Assert.Equal(html, result.DecodeText());
    }
}
