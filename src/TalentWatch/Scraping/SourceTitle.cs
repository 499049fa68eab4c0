using System.Xml;
using TalentWatch.Feeds;
using TalentWatch.Fetching;
using TalentWatch.Storage;

namespace TalentWatch.Scraping;

/// <summary>
/// The name a site gives itself, for a source added without one: the feed's title (RSS channel, Atom feed), else the
/// page's og:site_name or title element. A reader subscribed to five feeds of one host tells them apart by these.
/// </summary>
public static class SourceTitle
{
    private const int MaxLength = 200;

    public static string? Of(FetchResult response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = response.DecodeText();
        var title = SourceDetector.XmlKind(response) is SourceKind.Rss or SourceKind.Atom ? FeedTitle(text) : PageTitle(text);
        return Clean(title);
    }

    private static string? FeedTitle(string xml)
    {
        try
        {
            // Read as the feed reader reads feeds: entities and stray characters mended, no DTD expanded.
            using var reader = XmlReader.Create(new StringReader(XmlCleaner.Clean(xml)), XmlCleaner.ReaderSettings);
            // The first title that is a child of the channel (RSS) or the feed (Atom): depth 2 in RSS, 1 in Atom.
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "item" or "entry")
                {
                    return null;
                }
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "title" && reader.Depth <= 2)
                {
                    return reader.ReadElementContentAsString();
                }
            }
        }
        catch (XmlException)
        {
        }
        return null;
    }

    private static string? PageTitle(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        return document.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content") is { Length: > 0 } site
            ? site
            : document.Title;
    }

    private static string? Clean(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        var collapsed = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= MaxLength ? collapsed : collapsed[..MaxLength].TrimEnd();
    }
}
