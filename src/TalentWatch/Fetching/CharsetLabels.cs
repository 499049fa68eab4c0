using System.Text;

namespace TalentWatch.Fetching;

/// <summary>
/// Charset label to Encoding, following the WHATWG Encoding Standard where it differs from IANA names in ways that
/// matter for news pages (browsers decode "iso-8859-1" as windows-1252, and sites rely on that).
/// </summary>
internal static class CharsetLabels
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static readonly Dictionary<string, int> CodePages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ascii"] = 1252,
        ["us-ascii"] = 1252,
        ["ansi_x3.4-1968"] = 1252,
        ["iso-8859-1"] = 1252,
        ["iso8859-1"] = 1252,
        ["iso88591"] = 1252,
        ["iso_8859-1"] = 1252,
        ["latin1"] = 1252,
        ["l1"] = 1252,
        ["cp1252"] = 1252,
        ["x-cp1252"] = 1252,
        ["cp819"] = 1252,
        ["ibm819"] = 1252,
        ["csisolatin1"] = 1252,
        ["windows-1252"] = 1252,
        ["windows-1256"] = 1256,
        ["cp1256"] = 1256,
        ["x-cp1256"] = 1256,
        ["iso-8859-6"] = 28596,
        ["iso8859-6"] = 28596,
        ["iso88596"] = 28596,
        ["iso_8859-6"] = 28596,
        ["iso-8859-6-e"] = 28596,
        ["iso-8859-6-i"] = 28596,
        ["arabic"] = 28596,
        ["asmo-708"] = 28596,
        ["ecma-114"] = 28596,
        ["csisolatinarabic"] = 28596,
        ["iso-ir-127"] = 28596,
        ["iso-8859-9"] = 1254,
        ["latin5"] = 1254,
        ["windows-1254"] = 1254,
        ["tis-620"] = 874,
        ["iso-8859-11"] = 874,
        ["windows-874"] = 874,
        ["gb2312"] = 54936,
        ["gbk"] = 54936,
        ["x-gbk"] = 54936,
        ["gb18030"] = 54936,
        ["euc-kr"] = 949,
        ["ks_c_5601-1987"] = 949,
        ["windows-949"] = 949,
    };

    /// <summary>The encoding for a label, or null when the label is missing or unknown.</summary>
    public static Encoding? Resolve(string? label)
    {
        label = label?.Trim();
        if (string.IsNullOrEmpty(label))
        {
            return null;
        }

        if (label.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || label.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            || label.Equals("unicode-1-1-utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return Utf8;
        }

        if (label.Equals("utf-16", StringComparison.OrdinalIgnoreCase)
            || label.Equals("utf-16le", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.Unicode;
        }

        if (label.Equals("utf-16be", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.BigEndianUnicode;
        }

        try
        {
            return CodePages.TryGetValue(label, out var codePage)
                ? Encoding.GetEncoding(codePage)
                : Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null; // unknown label: the caller falls back
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
