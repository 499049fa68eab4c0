using System.Xml;

namespace TalentWatch.Web.Feeds;

/// <summary>Atom 1.0 (RFC 4287): per-entry xml:lang, published and updated, related links to every source.</summary>
public static class AtomFeedWriter
{
    public static byte[] Write(FeedDocument feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        using var stream = new PooledBufferStream();
        using (var xml = XmlWriter.Create(stream, FeedXml.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", FeedXml.AtomNamespace);
            if (!string.IsNullOrEmpty(feed.Language))
            {
                xml.WriteAttributeString("xml", "lang", null, FeedText.Clean(feed.Language));
            }
            // The canonical self URL identifies the feed: the same filter always gives the same id.
            FeedXml.Text(xml, "id", feed.SelfUrl);
            FeedXml.Text(xml, "title", feed.Title);
            FeedXml.Text(xml, "subtitle", feed.Description);
            FeedXml.Text(xml, "updated", FeedText.Rfc3339(feed.Updated));
            Link(xml, "self", feed.SelfUrl, "application/atom+xml");
            Link(xml, "alternate", feed.HomeUrl, "text/html");
            // A feed-level author satisfies RFC 4287 for entries whose article names none.
            xml.WriteStartElement("author");
            FeedXml.Text(xml, "name", "TalentWatch");
            xml.WriteEndElement();
            FeedXml.Text(xml, "generator", "TalentWatch");
            foreach (var entry in feed.Entries)
            {
                WriteEntry(xml, entry);
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static void WriteEntry(XmlWriter xml, FeedEntry entry)
    {
        xml.WriteStartElement("entry");
        if (!string.IsNullOrEmpty(entry.Language))
        {
            xml.WriteAttributeString("xml", "lang", null, FeedText.Clean(entry.Language));
        }
        FeedXml.Text(xml, "id", entry.Id);
        xml.WriteStartElement("title");
        xml.WriteAttributeString("type", "text");
        xml.WriteString(FeedText.Clean(entry.Title));
        xml.WriteEndElement();
        Link(xml, "alternate", entry.Link, null);
        var related = new HashSet<string>(StringComparer.Ordinal) { entry.Link };
        foreach (var href in entry.Sources.SelectMany(s => new[] { s.Url, s.TalentWatchUrl }).Prepend(entry.TalentWatchLink))
        {
            // RFC 4287 forbids two links with the same rel and href... only for alternate; duplicates are noise anyway.
            if (related.Add(href))
            {
                Link(xml, "related", href, null);
            }
        }
        FeedXml.Text(xml, "published", FeedText.Rfc3339(entry.Published));
        FeedXml.Text(xml, "updated", FeedText.Rfc3339(entry.Updated));
        if (!string.IsNullOrWhiteSpace(FeedText.Clean(entry.Author)))
        {
            xml.WriteStartElement("author");
            FeedXml.Text(xml, "name", entry.Author);
            xml.WriteEndElement();
        }
        foreach (var category in entry.Categories)
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeString("term", FeedText.Clean(category));
            xml.WriteEndElement();
        }
        xml.WriteStartElement("summary");
        xml.WriteAttributeString("type", "text");
        xml.WriteString(FeedText.Clean(entry.Summary));
        xml.WriteEndElement();
        xml.WriteStartElement("content");
        xml.WriteAttributeString("type", "html");
        xml.WriteString(FeedText.Clean(entry.ContentHtml));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string? type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", FeedText.Clean(href));
        if (type is not null)
        {
            xml.WriteAttributeString("type", type);
        }
        xml.WriteEndElement();
    }
}
