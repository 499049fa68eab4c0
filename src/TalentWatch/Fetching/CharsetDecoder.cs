using System.Text;
using System.Text.RegularExpressions;

namespace TalentWatch.Fetching;

/// <summary>Decodes a response body: charset from Content-Type, then BOM, then meta (XML declaration for feeds), UTF-8 last.</summary>
public static partial class CharsetDecoder
{
    // Browsers only look this far for a meta charset (HTML spec: 1024 bytes; we allow for long heads).
    private const int SniffBytes = 4096;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    // Arabic sites still serve windows-1256 and ISO-8859-6; .NET Core ships those code pages only via this provider.
    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] body, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        var encoding = DetectEncoding(body, contentType);
        var preamble = BomLength(body, encoding);
        return encoding.GetString(body, preamble, body.Length - preamble);
    }

    /// <summary>The encoding Decode would use; unknown or missing labels give UTF-8.</summary>
    public static Encoding DetectEncoding(byte[] body, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(body);

        if (CharsetLabels.Resolve(CharsetFromContentType(contentType)) is { } fromHeader)
        {
            return fromHeader;
        }

        if (EncodingFromBom(body) is { } fromBom)
        {
            return fromBom;
        }

        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, SniffBytes));
        var declared = MetaCharset().Match(head) is { Success: true } meta ? meta.Groups["cs"].Value
            : XmlEncoding().Match(head) is { Success: true } xml ? xml.Groups["cs"].Value
            : null;

        // A declaration readable as ASCII cannot be in UTF-16, so browsers read "utf-16" there as UTF-8.
        return CharsetLabels.Resolve(declared) is { } fromDocument && fromDocument is not UnicodeEncoding
            ? fromDocument
            : Utf8;
    }

    private static string? CharsetFromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        foreach (var parameter in contentType.Split(';').Skip(1))
        {
            var eq = parameter.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && parameter[..eq].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                return parameter[(eq + 1)..].Trim().Trim('"', '\'');
            }
        }

        return null;
    }

    private static Encoding? EncodingFromBom(byte[] body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Utf8,
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    // Drop a BOM that agrees with the chosen encoding so the text does not start with U+FEFF.
    private static int BomLength(byte[] body, Encoding encoding)
    {
        var bom = EncodingFromBom(body);
        if (bom is null || bom.CodePage != encoding.CodePage)
        {
            return 0;
        }

        return bom.CodePage == Utf8.CodePage ? 3 : 2;
    }

    // <meta charset="x">, and <meta http-equiv="Content-Type" content="text/html; charset=x"> in either attribute order.
    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*(?<cs>[A-Za-z0-9._:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""^\s*<\?xml\b[^>]*?encoding\s*=\s*["'](?<cs>[A-Za-z0-9._:\-]+)["']""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex XmlEncoding();
}
