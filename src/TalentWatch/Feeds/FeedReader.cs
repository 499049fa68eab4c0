using System.Xml;
using System.Xml.Linq;

namespace TalentWatch.Feeds;

/// <summary>
/// Reads RSS 0.91/0.92/2.0, RSS 1.0 (RDF) and Atom 1.0. Items are read one at a time, so an item after a
/// malformed spot is lost but every item before it is kept.
/// </summary>
public static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xml = XNamespace.Xml;

    public static FeedParseResult Read(string xml, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        var items = new List<FeedItem>();
        string? feedLanguage = null;
        string? error = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(XmlCleaner.Clean(xml)), XmlCleaner.ReaderSettings);
            reader.MoveToContent();
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName is not ("rss" or "feed" or "RDF" or "channel"))
            {
                return new FeedParseResult(items, $"Not an RSS or Atom feed (root element <{reader.LocalName}>).");
            }
            feedLanguage = LanguageOf(reader.GetAttribute("xml:lang"));
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }
                switch (reader.LocalName)
                {
                    case "item" or "entry":
                        if (XNode.ReadFrom(reader) is XElement element && ToItem(element, feedUrl, feedLanguage) is { } item)
                        {
                            items.Add(item);
                        }
                        break;
                    case "language" when feedLanguage is null:
                        feedLanguage = LanguageOf(reader.ReadElementContentAsString());
                        break;
                    default:
                        reader.Read();
                        break;
                }
            }
        }
        catch (XmlException ex)
        {
            error = $"Feed XML is malformed at line {ex.LineNumber}: {ex.Message}";
        }
        return new FeedParseResult(items, items.Count == 0 ? error : null) { Warning = items.Count > 0 ? error : null };
    }

    private static FeedItem? ToItem(XElement item, Uri feedUrl, string? feedLanguage)
    {
        var link = AtomLink(item) ?? Text(item, "origLink") ?? Text(item, "link") ?? PermalinkGuid(item) ?? item.Attribute(Rdf + "about")?.Value;
        var baseUrl = item.Attribute(Xml + "base")?.Value is { } xmlBase && Uri.TryCreate(feedUrl, xmlBase, out var b) ? b : feedUrl;
        if (link is null || !Uri.TryCreate(baseUrl, link.Trim(), out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }
        var date = LenientDate.Parse(Text(item, "pubDate") ?? Text(item, "published") ?? Text(item, "date") ?? Text(item, "issued") ?? Text(item, "updated") ?? Text(item, "modified"));
        return new FeedItem(uri, Plain(Text(item, "title")), date, Author(item), LanguageOf(item.Attribute(Xml + "lang")?.Value) ?? feedLanguage);
    }

    private static string? AtomLink(XElement item)
    {
        var links = item.Elements(Atom + "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate" && l.Attribute("href") is not null);
        return alternate?.Attribute("href")?.Value;
    }

    private static string? PermalinkGuid(XElement item)
    {
        var guid = item.Elements().FirstOrDefault(e => e.Name.LocalName == "guid");
        if (guid is null || string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return guid.Value.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? guid.Value : null;
    }

    private static string? Author(XElement item)
    {
        var atomName = item.Element(Atom + "author")?.Element(Atom + "name")?.Value;
        var raw = atomName ?? item.Element(Dc + "creator")?.Value ?? Text(item, "author");
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        // RSS 2.0 puts "editor@example.com (Jane Doe)" here.
        var open = raw.IndexOf('(', StringComparison.Ordinal);
        if (raw.Contains('@', StringComparison.Ordinal) && open >= 0 && raw.EndsWith(')'))
        {
            return raw[(open + 1)..^1].Trim();
        }
        return raw.Contains('@', StringComparison.Ordinal) ? null : raw.Trim();
    }

    private static string? Text(XElement item, string localName) =>
        item.Elements().FirstOrDefault(e => e.Name.LocalName == localName && !e.HasElements) is { } e && !string.IsNullOrWhiteSpace(e.Value) ? e.Value.Trim() : null;

    // Titles are sometimes escaped HTML (Atom type="html", many RSS feeds): keep only the text.
    private static string? Plain(string? title)
    {
        if (title is null)
        {
            return null;
        }
        var text = title.Contains('<', StringComparison.Ordinal) ? System.Text.RegularExpressions.Regex.Replace(title, "<[^>]*>", " ") : title;
        return string.Join(' ', System.Net.WebUtility.HtmlDecode(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    internal static string? LanguageOf(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }
        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is >= 2 and <= 3 ? primary : null;
    }
}

/// <summary>Items found, and a message when the document could not be read at all (or only in part).</summary>
public sealed record FeedParseResult(IReadOnlyList<FeedItem> Items, string? Error)
{
    public string? Warning { get; init; }
}
