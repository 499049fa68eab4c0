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
        var page = Best(StructuredCandidates(document, meta, jsonLd));

        // A <time> outside any article container may belong to a sidebar teaser; a feed date is safer then.
        if (page is null && hint is null)
        {
            page = Best(LooseTimeCandidates(document)) ?? VisibleDate.Find(document);
        }

        if (page is not { } found)
        {
            return hint;
        }

        if (found.HasTime && found.HasOffset)
        {
            return found.Value;
        }

        // The page's day is trusted; a feed timestamp on (about) that day supplies the missing time or offset.
        if (hint is { } h && Math.Abs((h.Date - found.Value.Date).TotalDays) <= 1)
        {
            return h;
        }

        return found.Value;
    }

    /// <summary>The first full timestamp with an offset, else the first parsable date.</summary>
    private static PageDate? Best(IEnumerable<string> candidates)
    {
        PageDate? partial = null;
        foreach (var raw in candidates)
        {
            if (Parse(raw) is not { } parsed)
            {
                continue;
            }

            if (parsed.HasTime && parsed.HasOffset)
            {
                return parsed;
            }

            partial ??= parsed;
        }

        return partial;
    }

    private static IEnumerable<string> StructuredCandidates(IDocument document, MetaTags meta, JsonLdReader jsonLd)
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

        // Selectors one at a time: a selector list would return matches in document order, not in priority order.
        foreach (var selector in new[] { "[itemprop=datePublished]", "time[pubdate]", "article time[datetime]", "main time[datetime]" })
        {
            foreach (var el in document.QuerySelectorAll(selector))
            {
                if ((el.GetAttribute("content") ?? el.GetAttribute("datetime")) is { } v)
                {
                    yield return v;
                }
            }
        }
    }

    private static IEnumerable<string> LooseTimeCandidates(IDocument document) =>
        document.QuerySelectorAll("time[datetime]").Select(t => t.GetAttribute("datetime")!);

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
