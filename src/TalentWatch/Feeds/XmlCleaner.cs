using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace TalentWatch.Feeds;

/// <summary>
/// Real feeds carry HTML entities (&amp;nbsp;), stray ampersands, control characters and DTDs. This makes such
/// text parseable as XML without ever expanding a DTD, so one bad character never costs the whole feed.
/// </summary>
public static partial class XmlCleaner
{
    public static string Clean(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var withoutDoctype = Doctype().Replace(xml, string.Empty, 1);
        var builder = new StringBuilder(withoutDoctype.Length);
        var text = withoutDoctype.AsSpan();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c == '&')
            {
                i += AppendEntity(text[i..], builder) - 1;
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    public static XmlReaderSettings ReaderSettings => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = 64L * 1024 * 1024,
    };

    /// <summary>Appends the entity at the start of <paramref name="text"/> in XML form; returns how many chars it consumed.</summary>
    private static int AppendEntity(ReadOnlySpan<char> text, StringBuilder builder)
    {
        var end = text[..Math.Min(text.Length, 40)].IndexOf(';');
        if (end > 1)
        {
            var name = text[1..end];
            if (name is "amp" or "lt" or "gt" or "quot" or "apos" || IsAllowedCharacterReference(name))
            {
                builder.Append(text[..(end + 1)]);
                return end + 1;
            }
            if (name[0] == '#')
            {
                // A reference to a character XML forbids (&#1;) is as fatal as the character itself: drop it.
                return end + 1;
            }
            var decoded = WebUtility.HtmlDecode(text[..(end + 1)].ToString());
            if (decoded.Length <= 2 && decoded[0] != '&')
            {
                foreach (var ch in decoded)
                {
                    builder.Append("&#").Append((int)ch).Append(';');
                }
                return end + 1;
            }
        }
        builder.Append("&amp;");
        return 1;
    }

    private static bool IsAllowedCharacterReference(ReadOnlySpan<char> name)
    {
        if (name.Length < 2 || name[0] != '#')
        {
            return false;
        }
        var hex = name[1] is 'x' or 'X';
        var digits = hex ? name[2..] : name[1..];
        if (digits.IsEmpty || !int.TryParse(digits, hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None, null, out var code))
        {
            return false;
        }
        return code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
    }

    [GeneratedRegex(@"<!DOCTYPE[^\[>]*(\[[\s\S]*?\])?\s*>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Doctype();
}
