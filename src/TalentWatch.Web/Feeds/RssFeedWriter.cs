using System.Xml;

namespace TalentWatch.Web.Feeds;

/// <summary>RSS 2.0 with atom:link rel=self (as the RSS Advisory Board recommends) and Dublin Core for per-item language and author.</summary>
public static class RssFeedWriter
{
    public static byte[] Write(FeedDocument feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var stream = new PooledBufferStream();
        using (var xml = XmlWriter.Create(stream, FeedXml.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, FeedXml.AtomNamespace);
            xml.WriteAttributeString("xmlns", "dc", null, FeedXml.DublinCoreNamespace);
            xml.WriteStartElement("channel");
            FeedXml.Text(xml, "title", feed.Title);
            FeedXml.Text(xml, "link", feed.HomeUrl);
            FeedXml.Text(xml, "description", feed.Description);
            xml.WriteStartElement("link", FeedXml.AtomNamespace);
            xml.WriteAttributeString("href", FeedText.Clean(feed.SelfUrl));
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            FeedXml.Text(xml, "language", feed.Language);
            FeedXml.Text(xml, "lastBuildDate", FeedText.Rfc822(feed.Updated));
            FeedXml.Text(xml, "generator", "TalentWatch");
            FeedXml.Text(xml, "ttl", "30");
            foreach (var entry in feed.Entries)
            {
                WriteItem(xml, entry);
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static void WriteItem(XmlWriter xml, FeedEntry entry)
    {
        xml.WriteStartElement("item");
        FeedXml.Text(xml, "title", entry.Title);
        FeedXml.Text(xml, "link", entry.Link);
        FeedXml.Text(xml, "description", entry.ContentHtml);
        // Not a permalink: the id names the event or article, so a later report of the same move keeps it.
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString(FeedText.Clean(entry.Id));
        xml.WriteEndElement();
        // RSS has one date; the latest report, so an updated move sorts where readers notice it.
        FeedXml.Text(xml, "pubDate", FeedText.Rfc822(entry.Updated));
        // RSS <author> must be an e-mail address; dc:creator takes a plain name.
        FeedXml.Text(xml, "creator", entry.Author, FeedXml.DublinCoreNamespace);
        FeedXml.Text(xml, "language", entry.Language, FeedXml.DublinCoreNamespace);
        foreach (var category in entry.Categories)
        {
            FeedXml.Text(xml, "category", category);
        }
        xml.WriteEndElement();
    }
}
