using AngleSharp.Dom;

namespace TalentWatch.Feeds;

/// <summary>
/// The feeds an HTML page announces in its head (&lt;link rel="alternate" type="application/rss+xml" href="…"&gt;),
/// best first: RSS and Atom before generic XML types, the page's own order otherwise, and comment feeds last
/// (WordPress announces "Comments Feed" beside the posts feed, and the posts are what a news source is for).
/// </summary>
public static class FeedLinks
{
    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml"];
    private static readonly string[] OtherXmlTypes = ["application/rdf+xml", "application/xml", "text/xml"];

    public static IReadOnlyList<Uri> Find(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var baseUrl = document.QuerySelector("base[href]")?.GetAttribute("href") is { } href
            && Uri.TryCreate(pageUrl, href.Trim(), out var declared) && declared.Scheme is "http" or "https"
            ? declared
            : pageUrl;
        var found = new List<(Uri Url, int Rank)>();
        foreach (var link in document.QuerySelectorAll("link[rel][type][href]"))
        {
            var rel = link.GetAttribute("rel")!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (!rel.Contains("alternate", StringComparer.OrdinalIgnoreCase) || Rank(link) is not { } rank)
            {
                continue;
            }
            if (Uri.TryCreate(baseUrl, link.GetAttribute("href")!.Trim(), out var url) && url.Scheme is "http" or "https"
                && !found.Exists(f => f.Url == url))
            {
                found.Add((new UriBuilder(url) { Fragment = string.Empty }.Uri, IsComments(link, url) ? rank + 2 : rank));
            }
        }
        // OrderBy is stable: equal ranks keep the page's order, so the first announced feed wins.
        return [.. found.OrderBy(f => f.Rank).Select(f => f.Url)];
    }

    private static int? Rank(IElement link)
    {
        var type = link.GetAttribute("type")!.Split(';')[0].Trim();
        if (FeedTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            return 0;
        }
        return OtherXmlTypes.Contains(type, StringComparer.OrdinalIgnoreCase) ? 1 : null;
    }

    private static bool IsComments(IElement link, Uri url) =>
        (link.GetAttribute("title") ?? string.Empty).Contains("comment", StringComparison.OrdinalIgnoreCase)
        || (link.GetAttribute("title") ?? string.Empty).Contains("تعليق", StringComparison.Ordinal)
        || url.AbsolutePath.Contains("comment", StringComparison.OrdinalIgnoreCase);
}
