using System.Globalization;
using System.Xml;
using TalentWatch.Feeds;
using TalentWatch.Fetching;
using TalentWatch.Storage;

namespace TalentWatch.Scraping;

/// <summary>
/// Finds what to read from one pasted URL: the URL itself when it is a feed or sitemap; else, for an HTML page, the
/// feeds it links, a few common feed paths on its site, the sitemap its robots.txt announces (or /sitemap.xml), and
/// last the page itself as an HTML listing. Every request goes through the guarded fetcher (SSRF guard, robots.txt,
/// per-host delay), and the probes stop at the first that works, so a site with a linked feed costs two requests.
/// </summary>
public sealed class SourceDetector(GuardedFetcher fetcher, ScraperOptions options)
{
    /// <summary>Where feeds usually live when a page does not link one (WordPress, Ghost, Hugo, Jekyll, ...).</summary>
    public static IReadOnlyList<string> CommonFeedPaths { get; } = ["/feed", "/rss", "/feed.xml", "/rss.xml", "/atom.xml", "/index.xml"];

    private const int MaxLinkedFeeds = 3;
    private const int MaxAnnouncedSitemaps = 2;

    /// <exception cref="FetchException">The URL itself could not be fetched; later probes only skip on failure.</exception>
    /// <exception cref="TalentWatch.Extraction.HtmlTooComplexException">The page is too deep or large to parse.</exception>
    public async Task<SourceDetection> DetectAsync(Uri url, string? linkSelector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var first = await fetcher.GetAsync(url, cancellationToken: cancellationToken);
        var discovery = new SourceDiscovery(fetcher, options);
        if (XmlKind(first) is { } kind)
        {
            var read = await discovery.ReadAsync(kind, first, null, _ => true, cancellationToken);
            return read.Error is null
                ? Found(url, kind, read, how: null)
                : SourceDetection.Failed($"{url} reads as {Describe(kind)}, but: {read.Error}");
        }

        var probe = new Probe(fetcher, discovery, url, cancellationToken);
        var document = ListingReader.Parse(first.DecodeText());
        foreach (var linked in FeedLinks.Find(document, first.FinalUrl).Take(MaxLinkedFeeds))
        {
            if (await probe.TryAsync(linked) is { } found)
            {
                return Found(linked, found.Kind, found.Result, "linked from the page");
            }
        }
        var linkedFailures = probe.Failures.ToList();

        var site = new Uri(first.FinalUrl.GetLeftPart(UriPartial.Authority) + "/");
        foreach (var path in CommonFeedPaths)
        {
            var candidate = new Uri(site, path);
            if (await probe.TryAsync(candidate) is { } found)
            {
                return Found(candidate, found.Kind, found.Result, "a common feed address");
            }
        }

        var announced = await fetcher.GetAnnouncedSitemapsAsync(site, cancellationToken);
        // A news sitemap lists recent articles only; a site's general sitemap also lists every static page.
        var sitemaps = announced.OrderBy(s => s.AbsoluteUri.Contains("news", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .Take(MaxAnnouncedSitemaps).ToList();
        foreach (var sitemap in sitemaps.Count > 0 ? sitemaps : [new Uri(site, "/sitemap.xml")])
        {
            if (await probe.TryAsync(sitemap) is { } found)
            {
                return Found(sitemap, found.Kind, found.Result, sitemaps.Count > 0 ? "announced in robots.txt" : null);
            }
        }

        var listing = ListingReader.Read(document, first.FinalUrl, linkSelector);
        if (listing.Error is null && listing.Items.Count > 0)
        {
            return new SourceDetection(url, SourceKind.Html, listing.Items.Count, string.Create(CultureInfo.InvariantCulture,
                $"No feed or sitemap found; the page itself reads as an HTML listing with {Count(listing.Items.Count, "article link")}."))
            { Title = SourceTitle.Of(first) };
        }
        var listingProblem = listing.Error is null ? Selector(linkSelector) : $"the page cannot be read as a listing: {listing.Error}";
        return SourceDetection.Failed(NothingFound(url, linkedFailures, sitemaps.Count > 0, listingProblem));
    }

    /// <summary>Rss, Atom or Sitemap when the body is XML with that root element; null for anything else (HTML).</summary>
    public static SourceKind? XmlKind(FetchResult response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = response.DecodeText();
        if (!text.AsSpan().TrimStart().TrimStart('\uFEFF').StartsWith("<"))
        {
            return null;
        }
        try
        {
            using var reader = XmlReader.Create(new StringReader(XmlCleaner.Clean(text)), XmlCleaner.ReaderSettings);
            reader.MoveToContent();
            return reader.LocalName switch
            {
                "rss" or "RDF" or "channel" => SourceKind.Rss,
                "feed" => SourceKind.Atom,
                "urlset" or "sitemapindex" => SourceKind.Sitemap,
                _ => null,
            };
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static SourceDetection Found(Uri url, SourceKind kind, DiscoveryResult read, string? how)
    {
        var where = how is null ? string.Empty : $" ({how})";
        var warning = read.Warning is null ? string.Empty : $" {read.Warning}";
        return new SourceDetection(url, kind, read.Items.Count, string.Create(CultureInfo.InvariantCulture,
            $"Found {Describe(kind, definite: true)} at {url}{where}, {Count(read.Items.Count, "item")}.{warning}"))
        { Title = SourceTitle.Of(read.Response) };
    }

    private static string NothingFound(Uri url, List<string> linkedFailures, bool robotsSitemaps, string listingProblem)
    {
        var linked = linkedFailures.Count == 0
            ? "the page links no RSS or Atom feed"
            : $"the feed it links could not be read ({linkedFailures[0]})";
        var sitemap = robotsSitemaps ? "the sitemap robots.txt announces is not readable" : "robots.txt announces no sitemap and /sitemap.xml is not one";
        return $"Found no feed for {url}: {linked}, none of {string.Join(", ", CommonFeedPaths)} is a feed, {sitemap}, "
            + $"and {listingProblem} Paste the feed's own address and choose its kind, or give a link selector for an HTML listing.";
    }

    private static string Selector(string? linkSelector) =>
        $"the page has no article links matching \"{(string.IsNullOrWhiteSpace(linkSelector) ? ListingReader.DefaultLinkSelector : linkSelector)}\".";

    private static string Describe(SourceKind kind, bool definite = false) => kind switch
    {
        SourceKind.Rss => definite ? "the RSS feed" : "an RSS feed",
        SourceKind.Atom => definite ? "the Atom feed" : "an Atom feed",
        SourceKind.Sitemap => definite ? "the sitemap" : "a sitemap",
        _ => definite ? "the HTML listing" : "an HTML listing",
    };

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>Fetches each candidate once and keeps why the ones that failed did.</summary>
    private sealed class Probe(GuardedFetcher fetcher, SourceDiscovery discovery, Uri pasted, CancellationToken cancellationToken)
    {
        private readonly HashSet<string> tried = new(StringComparer.Ordinal) { pasted.AbsoluteUri };

        public List<string> Failures { get; } = [];

        public async Task<(SourceKind Kind, DiscoveryResult Result)?> TryAsync(Uri candidate)
        {
            if (!tried.Add(candidate.AbsoluteUri))
            {
                return null;
            }
            FetchResult response;
            try
            {
                response = await fetcher.GetAsync(candidate, probe: true, cancellationToken: cancellationToken);
            }
            catch (FetchException ex)
            {
                Failures.Add(ex.Message);
                return null;
            }
            if (XmlKind(response) is not { } kind)
            {
                Failures.Add($"{candidate} is not a feed or sitemap");
                return null;
            }
            var read = await discovery.ReadAsync(kind, response, null, _ => true, cancellationToken);
            if (read.Error is not null)
            {
                Failures.Add($"{candidate}: {read.Error}");
                return null;
            }
            return (kind, read);
        }
    }
}

/// <summary>What detection found: the URL and kind to store, with a sentence for the admin; or why nothing was found.</summary>
public sealed record SourceDetection(Uri? Url, SourceKind Kind, int Items, string Message)
{
    /// <summary>The feed's or the page's own title, the name to give a source added without one.</summary>
    public string? Title { get; init; }

    public static SourceDetection Failed(string problem) => new(null, default, 0, problem);
}
