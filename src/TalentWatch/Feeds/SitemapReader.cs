using System.Xml;
using System.Xml.Linq;

namespace TalentWatch.Feeds;

/// <summary>
/// Reads XML sitemaps, Google News sitemaps and sitemap indexes. When any entry carries news markup, only
/// news entries are articles: the rest of such a sitemap is the site's static pages.
/// </summary>
public static class SitemapReader
{
    public static SitemapParseResult Read(string xml, Uri sitemapUrl)
    {
        var entries = new List<(FeedItem Item, bool IsNews)>();
        var children = new List<(Uri Url, DateTimeOffset? LastModified)>();
        string? error = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(XmlCleaner.Clean(xml)), XmlCleaner.ReaderSettings);
            reader.MoveToContent();
            if (reader.LocalName is not ("urlset" or "sitemapindex"))
            {
                return new SitemapParseResult([], [], $"Not a sitemap (root element <{reader.LocalName}>).");
            }
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "url" or "sitemap")
                {
                    var isIndexEntry = reader.LocalName == "sitemap";
                    if (XNode.ReadFrom(reader) is XElement element && Link(element, sitemapUrl) is { } link)
                    {
                        var lastModified = LenientDate.Parse(Child(element, "lastmod")?.Value);
                        if (isIndexEntry)
                        {
                            children.Add((link, lastModified));
                        }
                        else
                        {
                            entries.Add(ToEntry(element, link, lastModified));
                        }
                    }
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (XmlException ex)
        {
            error = $"Sitemap XML is malformed at line {ex.LineNumber}: {ex.Message}";
        }
        var hasNews = entries.Exists(e => e.IsNews);
        var items = entries.Where(e => !hasNews || e.IsNews).Select(e => e.Item).ToList();
        var newestChildrenFirst = children.OrderByDescending(c => c.LastModified ?? DateTimeOffset.MinValue).Select(c => c.Url).ToList();
        return new SitemapParseResult(items, newestChildrenFirst, items.Count + children.Count == 0 ? error : null);
    }

    private static (FeedItem Item, bool IsNews) ToEntry(XElement url, Uri link, DateTimeOffset? lastModified)
    {
        var news = Child(url, "news");
        if (news is null)
        {
            return (new FeedItem(link, PublishedAt: lastModified), false);
        }
        var publication = Child(news, "publication");
        var published = LenientDate.Parse(Child(news, "publication_date")?.Value) ?? lastModified;
        var language = FeedReader.LanguageOf(publication is null ? null : Child(publication, "language")?.Value);
        return (new FeedItem(link, Child(news, "title")?.Value.Trim(), published, null, language), true);
    }

    private static Uri? Link(XElement entry, Uri baseUrl) =>
        Child(entry, "loc")?.Value.Trim() is { Length: > 0 } loc && Uri.TryCreate(baseUrl, loc, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);
}

/// <summary>Article entries, child sitemaps of an index (newest first), and an error when nothing was readable.</summary>
public sealed record SitemapParseResult(IReadOnlyList<FeedItem> Items, IReadOnlyList<Uri> ChildSitemaps, string? Error);
