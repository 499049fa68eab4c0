using TalentWatch.Fetching;
using TalentWatch.Scraping;
using TalentWatch.Storage;
using TalentWatch.Tests.Fetching;
using TalentWatch.Tests.TestServers;

namespace TalentWatch.Tests.Scraping;

/// <summary>Feed detection against real loopback sites: what is found, how it is described, and what it costs in requests.</summary>
public sealed class SourceDetectorTests
{
    private const string SoftNotFound = "<!DOCTYPE html><html><head><title>Not found</title></head><body><p>Nothing here.</p></body></html>";

    private static string Rss(LocalHttpServer site, int items) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
        + string.Concat(Enumerable.Range(1, items).Select(i => $"<item><title>Story {i}</title><link>{site.Url($"/2024/04/{i}/")}</link></item>"))
        + "</channel></rss>";

    private static string Atom(LocalHttpServer site, int items) =>
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title><id>urn:w</id><updated>2024-04-04T00:00:00Z</updated>"
        + string.Concat(Enumerable.Range(1, items).Select(i => $"<entry><title>Story {i}</title><id>urn:{i}</id><updated>2024-04-04T00:00:00Z</updated><link href=\"{site.Url($"/2024/04/{i}/")}\"/></entry>"))
        + "</feed>";

    private static string NewsSitemap(LocalHttpServer site, int items) =>
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
        + string.Concat(Enumerable.Range(1, items).Select(i => $"<url><loc>{site.Url($"/2024/04/{i}/")}</loc><news:news><news:publication_date>2024-04-04</news:publication_date><news:title>Story {i}</news:title></news:news></url>"))
        + "</urlset>";

    private static string Page(string head, string body = "<p>Welcome.</p>") =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Example News</title>{head}</head><body>{body}</body></html>";

    private static string Listing(params string[] paths) =>
        Page("", "<main>" + string.Concat(paths.Select(p => $"<article><h2><a href=\"{p}\">A story</a></h2></article>")) + "</main>");

    private static async Task<SourceDetection> DetectAsync(LocalHttpServer site, string path, Action<FetcherOptions>? configure = null)
    {
        using var fetcher = TestFetchers.Create(configure);
        return await new SourceDetector(fetcher, new ScraperOptions()).DetectAsync(site.Url(path), null, CancellationToken.None);
    }

    private static List<string> Paths(LocalHttpServer site) => [.. site.Requests.Select(r => r.Path).Where(p => p != "/robots.txt")];

    [Fact]
    public async Task A_feed_url_is_taken_as_the_feed_it_is()
    {
        await using var site = new LocalHttpServer();
        site.Map("/atom.xml", LocalResponse.Text(Atom(site, 12), "application/atom+xml"));

        var detection = await DetectAsync(site, "/atom.xml");

        Assert.Equal((site.Url("/atom.xml"), SourceKind.Atom, 12), (detection.Url, detection.Kind, detection.Items));
        Assert.Equal($"Found the Atom feed at {site.Url("/atom.xml")}, 12 items.", detection.Message);
        Assert.Equal(["/atom.xml"], Paths(site));
    }

    [Fact]
    public async Task A_sitemap_url_is_taken_as_a_sitemap_even_served_as_text()
    {
        await using var site = new LocalHttpServer();
        site.Map("/news-sitemap.xml", LocalResponse.Text(NewsSitemap(site, 3)));

        var detection = await DetectAsync(site, "/news-sitemap.xml");

        Assert.Equal((SourceKind.Sitemap, 3), (detection.Kind, detection.Items));
    }

    [Fact]
    public async Task A_page_that_links_its_feed_leads_to_that_feed_with_no_other_probe()
    {
        await using var site = new LocalHttpServer();
        site.Map("/tech/", LocalResponse.Text(Page("""
            <link rel="alternate" type="application/rss+xml" title="Comments Feed" href="/comments/feed/">
            <link rel="alternate" type="application/atom+xml" title="Tech" href="atom.xml">
            """), "text/html; charset=utf-8"));
        site.Map("/tech/atom.xml", LocalResponse.Text(Atom(site, 2), "application/atom+xml"));
        site.Map("/feed", LocalResponse.Text(Rss(site, 5), "application/rss+xml"));

        var detection = await DetectAsync(site, "/tech/");

        Assert.Equal((site.Url("/tech/atom.xml"), SourceKind.Atom), (detection.Url, detection.Kind));
        Assert.Equal($"Found the Atom feed at {site.Url("/tech/atom.xml")} (linked from the page), 2 items.", detection.Message);
        Assert.Equal(["/tech/", "/tech/atom.xml"], Paths(site));
    }

    [Fact]
    public async Task A_linked_feed_that_is_broken_is_passed_over()
    {
        await using var site = new LocalHttpServer();
        site.Map("/", LocalResponse.Text(Page("""
            <link rel="alternate" type="application/rss+xml" href="/gone.xml">
            <link rel="alternate" type="application/rss+xml" href="/rss.php">
            """), "text/html"));
        site.Map("/rss.php", LocalResponse.Text(Rss(site, 4), "text/xml"));

        var detection = await DetectAsync(site, "/");

        Assert.Equal((site.Url("/rss.php"), SourceKind.Rss, 4), (detection.Url, detection.Kind, detection.Items));
        Assert.Equal(["/", "/gone.xml", "/rss.php"], Paths(site));
    }

    [Fact]
    public async Task A_site_with_only_feed_xml_is_found_at_that_common_path()
    {
        await using var site = new LocalHttpServer();
        site.Map("/", LocalResponse.Text(Page(""), "text/html"));
        site.Map("/rss", LocalResponse.Text(SoftNotFound, "text/html")); // a 200 "not found" page is not a feed
        site.Map("/feed.xml", LocalResponse.Text(Rss(site, 3), "application/rss+xml"));

        var detection = await DetectAsync(site, "/");

        Assert.Equal((site.Url("/feed.xml"), SourceKind.Rss, 3), (detection.Url, detection.Kind, detection.Items));
        Assert.Contains("Found the RSS feed at", detection.Message, StringComparison.Ordinal);
        Assert.Contains("(a common feed address), 3 items.", detection.Message, StringComparison.Ordinal);
        Assert.Equal(["/", "/feed", "/rss", "/feed.xml"], Paths(site));
    }

    [Fact]
    public async Task Probes_obey_robots_txt()
    {
        await using var site = new LocalHttpServer();
        site.Map("/robots.txt", LocalResponse.Text("User-agent: *\nDisallow: /feed\n"));
        site.Map("/", LocalResponse.Text(Page(""), "text/html"));
        site.Map("/feed", LocalResponse.Text(Rss(site, 3), "application/rss+xml"));
        site.Map("/rss", LocalResponse.Text(Rss(site, 2), "application/rss+xml"));

        var detection = await DetectAsync(site, "/");

        Assert.Equal(site.Url("/rss"), detection.Url);
        Assert.Empty(site.RequestsTo("/feed"));
        Assert.Single(site.RequestsTo("/robots.txt"));
    }

    [Fact]
    public async Task A_site_with_only_a_sitemap_in_robots_txt_gets_its_news_sitemap()
    {
        await using var site = new LocalHttpServer();
        site.Map("/robots.txt", LocalResponse.Text("User-agent: *\nAllow: /\nSitemap: /sitemap-pages.xml\nSitemap: /sitemaps/news.xml\n"));
        site.Map("/", LocalResponse.Text(Page(""), "text/html"));
        site.Map("/sitemaps/news.xml", LocalResponse.Text(NewsSitemap(site, 5), "application/xml"));

        var detection = await DetectAsync(site, "/");

        Assert.Equal((site.Url("/sitemaps/news.xml"), SourceKind.Sitemap, 5), (detection.Url, detection.Kind, detection.Items));
        Assert.Equal($"Found the sitemap at {site.Url("/sitemaps/news.xml")} (announced in robots.txt), 5 items.", detection.Message);
        Assert.Empty(site.RequestsTo("/sitemap.xml"));
        Assert.Empty(site.RequestsTo("/sitemap-pages.xml"));
    }

    [Fact]
    public async Task Without_robots_sitemaps_the_usual_sitemap_xml_is_tried()
    {
        await using var site = new LocalHttpServer();
        site.Map("/", LocalResponse.Text(Page(""), "text/html"));
        site.Map("/sitemap.xml", LocalResponse.Text(NewsSitemap(site, 2), "application/xml"));

        var detection = await DetectAsync(site, "/");

        Assert.Equal((site.Url("/sitemap.xml"), SourceKind.Sitemap, 2), (detection.Url, detection.Kind, detection.Items));
    }

    [Fact]
    public async Task A_plain_listing_page_is_offered_as_an_html_source()
    {
        await using var site = new LocalHttpServer();
        site.Map("/news/", LocalResponse.Text(Listing("/2024/04/a/", "/2024/04/b/", "/2024/04/c/"), "text/html"));

        var detection = await DetectAsync(site, "/news/");

        Assert.Equal((site.Url("/news/"), SourceKind.Html, 3), (detection.Url, detection.Kind, detection.Items));
        Assert.Equal("No feed or sitemap found; the page itself reads as an HTML listing with 3 article links.", detection.Message);
        // The page, six feed paths and /sitemap.xml: the page is not fetched twice.
        Assert.Equal(8, Paths(site).Count);
        Assert.Single(site.RequestsTo("/news/"));
    }

    [Fact]
    public async Task A_page_with_nothing_to_read_is_explained()
    {
        await using var site = new LocalHttpServer();
        site.Map("/", LocalResponse.Text(Page(""), "text/html"));

        var detection = await DetectAsync(site, "/");

        Assert.Null(detection.Url);
        Assert.StartsWith($"Found no feed for {site.Url("/")}: the page links no RSS or Atom feed, none of /feed, /rss, /feed.xml, /rss.xml, /atom.xml, /index.xml is a feed, robots.txt announces no sitemap and /sitemap.xml is not one, and the page has no article links matching", detection.Message, StringComparison.Ordinal);
        Assert.EndsWith("Paste the feed's own address and choose its kind, or give a link selector for an HTML listing.", detection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_url_that_is_not_readable_says_so()
    {
        await using var site = new LocalHttpServer();
        site.Map("/feed", LocalResponse.Text("<?xml version=\"1.0\"?><rss><channel><item><title>cut", "application/rss+xml"));

        var detection = await DetectAsync(site, "/feed");

        Assert.Null(detection.Url);
        Assert.StartsWith($"{site.Url("/feed")} reads as an RSS feed, but: Feed XML is malformed", detection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_cannot_be_fetched_throws_the_fetch_failure()
    {
        await using var site = new LocalHttpServer();

        var ex = await Assert.ThrowsAsync<FetchException>(() => DetectAsync(site, "/missing"));

        Assert.Equal(FetchFailure.HttpStatus, ex.Failure);
        Assert.Equal(["/missing"], Paths(site));
    }

    [Fact]
    public async Task A_linked_feed_on_a_private_address_is_refused_without_a_request()
    {
        await using var site = new LocalHttpServer();
        await using var internalService = new LocalHttpServer();
        internalService.Map("/feed.xml", LocalResponse.Text(Rss(internalService, 3), "application/rss+xml"));
        site.Map("/", LocalResponse.Text(Page($"<link rel=\"alternate\" type=\"application/rss+xml\" href=\"{internalService.Url("/feed.xml")}\">"), "text/html"));

        var detection = await DetectAsync(site, "/", o =>
        {
            o.AllowPrivateNetworks = false;
            o.AllowedPrivateEndpoints.Add($"127.0.0.1:{site.Port}");
        });

        Assert.Null(detection.Url);
        Assert.Contains("the feed it links could not be read (Refused", detection.Message, StringComparison.Ordinal);
        Assert.Empty(internalService.Requests);
    }
}
