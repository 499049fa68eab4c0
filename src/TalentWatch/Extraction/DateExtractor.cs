using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>Finds the publication instant, keeping the page's UTC offset.</summary>
internal static partial class DateExtractor
{
    private static readonly string[] MetaKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datePublished",
        "date", "pubdate", "publishdate", "publish-date", "publish_date", "article.published", "dc.date",
        "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
    ];

    public static DateTimeOffset? Extract(IDocument document, MetaTags meta, JsonLdReader jsonLd, DateTimeOffset? hint)
    {
        PageDate? dateOnly = null;
        foreach (var raw in Candidates(document, meta, jsonLd))
        {
            if (Parse(raw) is not { } parsed)
            {
                continue;
            }

            if (parsed.HasTime && parsed.HasOffset)
            {
                return parsed.Value;
            }

            dateOnly ??= parsed;
        }

        if (dateOnly is not { } page)
        {
            return hint;
        }

        // The page's day is trusted; a feed timestamp on (about) that day supplies the missing time or offset.
        if (hint is { } h && Math.Abs((h.Date - page.Value.Date).TotalDays) <= 1)
        {
            return h;
        }

        return page.Value;
    }

    private static IEnumerable<string> Candidates(IDocument document, MetaTags meta, JsonLdReader jsonLd)
    {
        if (jsonLd.DatePublished is { } ld)
        {
            yield return ld;
        }

        foreach (var key in MetaKeys)
        {
            if (meta.Get(key) is { } v)
            {
                yield return v;
            }
        }

        foreach (var el in document.QuerySelectorAll("[itemprop=datePublished]"))
        {
            if ((el.GetAttribute("content") ?? el.GetAttribute("datetime")) is { } v)
            {
                yield return v;
            }
        }

        // Times inside the article come first: sidebars list other stories' dates too.
        var times = document.QuerySelectorAll("article time[datetime], time[pubdate][datetime], time[datetime]");
        foreach (var t in times)
        {
            if (t.GetAttribute("datetime") is { } v)
            {
                yield return v;
            }
        }
    }

    internal readonly record struct PageDate(DateTimeOffset Value, bool HasTime, bool HasOffset);

    /// <summary>Tolerant parse of ISO 8601 and RFC 1123-ish strings; null instead of throwing.</summary>
    internal static PageDate? Parse(string raw)
    {
        var s = raw.Trim();
        if (s.Length is 0 or > 64)
        {
            return null;
        }

        var m = IsoDate().Match(s);
        if (m.Success)
        {
            return FromIso(m);
        }

        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var any)
            && any.Year is > 1990 and < 2100)
        {
            var hasTime = s.Contains(':', StringComparison.Ordinal);
            return new PageDate(any, hasTime, hasTime && ExplicitZone().IsMatch(s));
        }

        return null;
    }

    private static PageDate? FromIso(Match m)
    {
        int Num(string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
        try
        {
            var hasTime = m.Groups["h"].Success;
            var offset = TimeSpan.Zero;
            var zone = m.Groups["z"].Value;
            if (zone.Length > 1)
            {
                var digits = zone[1..].Replace(":", string.Empty, StringComparison.Ordinal);
                offset = new TimeSpan(int.Parse(digits[..2], CultureInfo.InvariantCulture), int.Parse(digits[2..], CultureInfo.InvariantCulture), 0);
                if (zone[0] == '-')
                {
                    offset = -offset;
                }
            }

            var seconds = m.Groups["s"].Success ? Num("s") : 0;
            var value = new DateTimeOffset(Num("y"), Num("mo"), Num("d"), hasTime ? Num("h") : 0, hasTime ? Num("mi") : 0, Math.Min(seconds, 59), offset);
            if (m.Groups["f"].Success)
            {
                var fraction = double.Parse("0" + m.Groups["f"].Value, CultureInfo.InvariantCulture);
                value = value.AddTicks((long)(fraction * TimeSpan.TicksPerSecond));
            }

            return new PageDate(value, hasTime, hasTime && zone.Length > 0);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?<f>\.\d+)?)?\s*(?<z>Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(Z|GMT|UTC|[+-]\d{2}:?\d{2})\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitZone();
}
