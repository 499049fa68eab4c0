using System.Xml;
using TalentWatch.Storage;

namespace TalentWatch.Web.Admin;

/// <summary>
/// OPML 2.0 lists of sources, the format feed readers exchange. Feeds are type="rss" (what readers expect); the
/// kind and link selector ride along in talentwatch:* attributes so a round trip keeps sitemaps and HTML sources.
/// </summary>
public static class Opml
{
    public const string Namespace = "https://talentwatch.example/opml";
    public const int MaxBytes = 1024 * 1024;

    public sealed record Entry(string? Title, string Url, SourceKind Kind, string? LinkSelector);

    public static void Write(IEnumerable<Source> sources, Stream output, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(sources);
        using var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Async = false });
        writer.WriteStartDocument();
        writer.WriteStartElement("opml");
        writer.WriteAttributeString("version", "2.0");
        writer.WriteAttributeString("xmlns", "talentwatch", null, Namespace);
        writer.WriteStartElement("head");
        writer.WriteElementString("title", "TalentWatch sources");
        writer.WriteElementString("dateCreated", now.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteEndElement();
        writer.WriteStartElement("body");
        foreach (var source in sources)
        {
            writer.WriteStartElement("outline");
            writer.WriteAttributeString("type", "rss");
            writer.WriteAttributeString("text", source.Name);
            writer.WriteAttributeString("title", source.Name);
            writer.WriteAttributeString("xmlUrl", source.Url);
            writer.WriteAttributeString("kind", Namespace, source.Kind.ToString().ToLowerInvariant());
            if (source.LinkSelector is not null)
            {
                writer.WriteAttributeString("linkSelector", Namespace, source.LinkSelector);
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>Every outline with an xmlUrl, nested folders included.</summary>
    /// <exception cref="XmlException">Not well-formed, or it declares a DTD (refused: no entity expansion).</exception>
    public static List<Entry> Read(Stream input)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxBytes,
            IgnoreComments = true,
        };
        var entries = new List<Entry>();
        using var reader = XmlReader.Create(input, settings);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "outline")
            {
                continue;
            }
            var url = reader.GetAttribute("xmlUrl");
            if (string.IsNullOrWhiteSpace(url))
            {
                continue;
            }
            var kind = Enum.TryParse<SourceKind>(reader.GetAttribute("kind", Namespace), ignoreCase: true, out var k) && Enum.IsDefined(k)
                ? k : SourceKind.Rss;
            entries.Add(new Entry(reader.GetAttribute("title") ?? reader.GetAttribute("text"), url.Trim(), kind, reader.GetAttribute("linkSelector", Namespace)));
        }
        return entries;
    }
}
