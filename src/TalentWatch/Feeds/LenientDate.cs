using System.Globalization;
using System.Text.RegularExpressions;

namespace TalentWatch.Feeds;

/// <summary>Feed dates as found in the wild: RFC 822 with named zones, ISO 8601, or neither. Never throws.</summary>
public static partial class LenientDate
{
    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00",
        ["UTC"] = "+00:00",
        ["GMT"] = "+00:00",
        ["Z"] = "+00:00",
        ["EST"] = "-05:00",
        ["EDT"] = "-04:00",
        ["CST"] = "-06:00",
        ["CDT"] = "-05:00",
        ["MST"] = "-07:00",
        ["MDT"] = "-06:00",
        ["PST"] = "-08:00",
        ["PDT"] = "-07:00",
        ["BST"] = "+01:00",
        ["CET"] = "+01:00",
        ["CEST"] = "+02:00",
        ["EET"] = "+02:00",
        ["EEST"] = "+03:00",
        ["AST"] = "+03:00",
        ["GST"] = "+04:00",
        ["IST"] = "+05:30",
        ["JST"] = "+09:00",
    };

    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz",
        "ddd, d MMM yy HH:mm:ss zzz", "ddd, d MMMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss",
        "ddd, d MMM yyyy", "d MMM yyyy",
    ];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var value = WhiteSpace().Replace(text.Trim(), " ");
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var iso)
            && value.Length >= 8 && char.IsDigit(value[0]))
        {
            return iso;
        }
        var rfc = NormalizeRfc822(value);
        if (DateTimeOffset.TryParseExact(rfc, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return parsed;
        }
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var any) ? any : null;
    }

    // "+0300" -> "+03:00" and "GMT"/"PDT" -> offsets, so one set of formats covers both spellings.
    private static string NormalizeRfc822(string value)
    {
        var zone = TrailingZone().Match(value);
        if (!zone.Success)
        {
            return value;
        }
        var token = zone.Groups[1].Value;
        string? offset = null;
        if (token[0] is '+' or '-' && token.Length == 5)
        {
            offset = string.Concat(token.AsSpan(0, 3), ":", token.AsSpan(3));
        }
        else if (ZoneOffsets.TryGetValue(token, out var named))
        {
            offset = named;
        }
        return offset is null ? value : string.Concat(value.AsSpan(0, zone.Index), " ", offset);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\s([+-]\d{4}|[+-]\d{2}:\d{2}|[A-Za-z]{1,4})$")]
    private static partial Regex TrailingZone();
}
