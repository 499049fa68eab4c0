using TalentWatch.Feeds;
using TalentWatch.Fetching;
using TalentWatch.Storage;

namespace TalentWatch.Scraping;

/// <summary>Reads a source's feed, sitemap or listing pages and returns the article links it announces.</summary>
public sealed class SourceDiscovery(GuardedFetcher fetcher, ScraperOptions options)
{
    public async Task<DiscoveryResult> DiscoverAsync(Source source, Func<Uri, bool> isKnown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var url = new Uri(source.Url);
        var first = await fetcher.GetAsync(url, new ConditionalHeaders(source.ETag, source.LastModified), cancellationToken: cancellationToken);
        if (first.NotModified)
        {
            return DiscoveryResult.NotModified(first);
        }
        return await ReadAsync(source.Kind, first, source.LinkSelector, isKnown, cancellationToken);
    }

    /// <summary>Reads an already fetched response as the given kind (a sitemap index or listing may fetch more).</summary>
    public async Task<DiscoveryResult> ReadAsync(SourceKind kind, FetchResult response, string? linkSelector, Func<Uri, bool> isKnown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        return kind switch
        {
            SourceKind.Rss or SourceKind.Atom => FromFeed(response),
            SourceKind.Sitemap => await FromSitemapAsync(response, cancellationToken),
            SourceKind.Html => await FromListingAsync(response, linkSelector, isKnown, cancellationToken),
            _ => throw new InvalidOperationException($"Unknown source kind {kind}."),
        };
    }

    private static DiscoveryResult FromFeed(FetchResult response)
    {
        var feed = FeedReader.Read(response.DecodeText(), response.FinalUrl);
        return new DiscoveryResult(feed.Items, feed.Error, feed.Warning, response);
    }

    private async Task<DiscoveryResult> FromSitemapAsync(FetchResult response, CancellationToken cancellationToken)
    {
        var sitemap = SitemapReader.Read(response.DecodeText(), response.FinalUrl);
        var items = sitemap.Items.ToList();
        string? warning = null;
        foreach (var child in sitemap.ChildSitemaps.Take(options.MaxChildSitemaps))
        {
            try
            {
                var childResponse = await fetcher.GetAsync(child, cancellationToken: cancellationToken);
                items.AddRange(SitemapReader.Read(childResponse.DecodeText(), childResponse.FinalUrl).Items);
            }
            catch (FetchException ex)
            {
                warning = ex.Message;
            }
        }
        var error = items.Count == 0 && sitemap.ChildSitemaps.Count == 0 ? sitemap.Error : null;
        return new DiscoveryResult(NewestFirst(items), error, warning, response);
    }

    private async Task<DiscoveryResult> FromListingAsync(FetchResult response, string? linkSelector, Func<Uri, bool> isKnown, CancellationToken cancellationToken)
    {
        var items = new List<FeedItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var page = response;
        string? warning = null;
        for (var pageNumber = 1; ; pageNumber++)
        {
            var listing = ListingReader.Read(ListingReader.Parse(page.DecodeText()), page.FinalUrl, linkSelector);
            if (listing.Error is not null)
            {
                return new DiscoveryResult([], listing.Error, null, response);
            }
            var fresh = listing.Items.Where(i => seen.Add(i.Link.AbsoluteUri)).ToList();
            items.AddRange(fresh);
            // Older pages only matter while they still hold stories we have not stored.
            if (listing.NextPage is null || pageNumber >= options.MaxListingPages || fresh.Count == 0 || fresh.TrueForAll(i => isKnown(i.Link)))
            {
                break;
            }
            try
            {
                page = await fetcher.GetAsync(listing.NextPage, cancellationToken: cancellationToken);
            }
            catch (FetchException ex)
            {
                warning = $"Listing page {pageNumber + 1}: {ex.Message}";
                break;
            }
        }
        var error = items.Count == 0 ? "The listing page has no links matching the link selector." : null;
        return new DiscoveryResult(items, error, warning, response);
    }

    private static List<FeedItem> NewestFirst(List<FeedItem> items) =>
        [.. items.OrderByDescending(i => i.PublishedAt ?? DateTimeOffset.MinValue)];
}

/// <summary>What a source announced. Error means the source itself failed; Warning that part of it did.</summary>
public sealed record DiscoveryResult(IReadOnlyList<FeedItem> Items, string? Error, string? Warning, FetchResult Response)
{
    public bool IsNotModified { get; private init; }

    public static DiscoveryResult NotModified(FetchResult response) => new([], null, null, response) { IsNotModified = true };
}
