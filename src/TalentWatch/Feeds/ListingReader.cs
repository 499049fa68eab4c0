using AngleSharp.Dom;

namespace TalentWatch.Feeds;

/// <summary>Reads an HTML listing page: article links picked by a CSS selector, and the link to the next page.</summary>
public static class ListingReader
{
    public const string DefaultLinkSelector = "article a[href], h2 a[href], h3 a[href]";

    private static readonly string[] NextPageWords = ["next", "older", "more", "التالي", "المزيد", "الأقدم", "›", "»"];

    public static ListingParseResult Read(IDocument document, Uri pageUrl, string? linkSelector)
    {
        ArgumentNullException.ThrowIfNull(document);
        var selector = string.IsNullOrWhiteSpace(linkSelector) ? DefaultLinkSelector : linkSelector;
        IHtmlCollection<IElement> anchors;
        try
        {
            anchors = document.QuerySelectorAll(selector);
        }
        catch (DomException)
        {
            return new ListingParseResult([], null, $"The link selector \"{selector}\" is not valid CSS.");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<FeedItem>();
        foreach (var anchor in anchors)
        {
            var href = anchor.GetAttribute("href") ?? anchor.QuerySelector("a[href]")?.GetAttribute("href");
            if (Resolve(pageUrl, href) is { } link && link != pageUrl && seen.Add(link.AbsoluteUri))
            {
                var title = string.Join(' ', anchor.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                items.Add(new FeedItem(link, title.Length > 0 ? title : null));
            }
        }
        return new ListingParseResult(items, NextPage(document, pageUrl), null);
    }

    /// <exception cref="TalentWatch.Extraction.HtmlTooComplexException">Listing pages get the same limits as articles.</exception>
    public static IDocument Parse(string html) => TalentWatch.Extraction.HtmlDocumentParser.Parse(html);

    private static Uri? NextPage(IDocument document, Uri pageUrl)
    {
        var candidate = document.QuerySelector("link[rel~=next][href], a[rel~=next][href]")
            ?? document.QuerySelectorAll("a[href]").FirstOrDefault(IsNextLink);
        return Resolve(pageUrl, candidate?.GetAttribute("href")) is { } next && next != pageUrl && next.Host == pageUrl.Host ? next : null;
    }

    private static bool IsNextLink(IElement anchor)
    {
        var classes = anchor.ClassName ?? string.Empty;
        if (classes.Contains("next", StringComparison.OrdinalIgnoreCase) && !classes.Contains("prev", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var text = anchor.TextContent.Trim();
        return text.Length is > 0 and < 30 && Array.Exists(NextPageWords, w => text.Contains(w, StringComparison.OrdinalIgnoreCase))
            && anchor.Closest("nav, .pagination, .pager, .nav-links") is not null;
    }

    private static Uri? Resolve(Uri baseUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#'))
        {
            return null;
        }
        if (!Uri.TryCreate(baseUrl, href.Trim(), out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }
        return new UriBuilder(uri) { Fragment = string.Empty }.Uri;
    }
}

/// <summary>Links found on one listing page, the next page if any, and an error when the selector is unusable.</summary>
public sealed record ListingParseResult(IReadOnlyList<FeedItem> Items, Uri? NextPage, string? Error);
