using System.Text;
using System.Xml;

namespace TalentWatch.Web.Feeds;

/// <summary>Shared XmlWriter set-up for RSS and Atom.</summary>
internal static class FeedXml
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    // No BOM (some readers choke on it); CheckCharacters stays on as a last guard behind FeedText.Clean.
    public static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        CheckCharacters = true,
    };

    /// <summary>An element with cleaned text, skipped when there is no text.</summary>
    public static void Text(XmlWriter xml, string name, string? value, string? ns = null)
    {
        var clean = FeedText.Clean(value);
        if (clean.Length == 0)
        {
            return;
        }
        xml.WriteStartElement(name, ns);
        xml.WriteString(clean);
        xml.WriteEndElement();
    }
}
