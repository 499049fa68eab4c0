using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>Finds the byline name from structured data, meta tags or the visible byline.</summary>
internal static partial class AuthorExtractor
{
    private const int MaxAuthorLength = 120;

    public static string? Extract(IDocument document, MetaTags meta, JsonLdReader jsonLd, string? hint)
    {
        var structured = new[] { jsonLd.Author, meta.Get("author"), meta.Get("article:author"), meta.Get("dc.creator", "parsely-author", "sailthru.author") };
        foreach (var s in structured)
        {
            var name = Clean(s);
            if (name is not null && !name.Contains("://", StringComparison.Ordinal) && !name.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        foreach (var el in document.QuerySelectorAll("a[rel~=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline, .author-name, [class*=author] .name, .author, .writer"))
        {
            if (Clean(DomWalk.Text(el)) is { } name)
            {
                return name;
            }
        }

        return Clean(hint);
    }

    /// <summary>Strips "By"/"بقلم:" prefixes and trailing date or separator parts of a byline.</summary>
    internal static string? Clean(string? byline)
    {
        var s = TextNormalizer.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(byline ?? string.Empty));
        s = s.Split(['|', '·', '•', '\n'], 2)[0].Trim();
        s = Prefix().Replace(s, string.Empty).Trim().TrimEnd(',', '-', '–', '—').Trim();
        return s.Length is 0 or > MaxAuthorLength || s.Any(char.IsAsciiDigit) ? null : s;
    }

    [GeneratedRegex(@"^(?:(?:written|posted|reported|words)\s+)?(?:by|par|von)\s*:?\s+|^(?:بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تحرير)\s*[:：]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();
}
