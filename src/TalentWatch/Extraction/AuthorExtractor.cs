using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>Finds the byline name from structured data, meta tags or the visible byline.</summary>
internal static partial class AuthorExtractor
{
    private const int MaxAuthorLength = 120;
    private const int MaxBylineChars = 150;

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

        // An organization credited in JSON-LD is usually the site itself; a visible person's byline is the better answer.
        return VisibleByline(document) ?? Clean(jsonLd.OrganizationAuthor) ?? Clean(hint);
    }

    private static string? VisibleByline(IDocument document)
    {
        // Co-authors are separate rel=author links inside one byline ("By <a>X</a> and <a>Y</a>").
        if (document.QuerySelector("a[rel~=author]") is { ParentElement: { } bylineOfLinks })
        {
            var names = Join(bylineOfLinks.QuerySelectorAll("a[rel~=author]").Select(a => Clean(DomWalk.Text(a))));
            if (names is not null)
            {
                return names;
            }
        }

        foreach (var el in document.QuerySelectorAll("[itemprop=author] [itemprop=name], [itemprop=author], .byline, .author-name, [class*=author] .name, .author, .writer"))
        {
            if (Clean(DomWalk.Text(el)) is { } name)
            {
                return name;
            }
        }

        // Generated class names ("Byline-sc-3f2a", "ssrcss-x-Contributor") and test ids still say what the element is.
        foreach (var el in document.QuerySelectorAll("[class*=byline], [class*=Byline], [data-testid*=byline], [data-component*=byline], [class*=author], [class*=Author]"))
        {
            if (NamesIn(el) is { } names)
            {
                return names;
            }
        }

        // Last resort: a short line that reads "By X and Y" / "بقلم X", whatever its markup.
        var scope = document.QuerySelector("article") ?? document.Body;
        if (scope is null)
        {
            return null;
        }

        foreach (var el in DomWalk.Elements(scope))
        {
            if (IsBylineLine(el))
            {
                var innermost = el;
                while (innermost.Children.FirstOrDefault(IsBylineLine) is { } child)
                {
                    innermost = child;
                }

                return NamesIn(innermost);
            }
        }

        return null;
    }

    private static bool IsBylineLine(IElement e)
    {
        if (e.LocalName is not ("p" or "div" or "span" or "address" or "li" or "small"))
        {
            return false;
        }

        var text = DomWalk.Text(e);
        return text.Length <= MaxBylineChars && ByLine().IsMatch(text);
    }

    /// <summary>The names in a byline element: a child marked as the name, several linked names, or the cleaned text.</summary>
    private static string? NamesIn(IElement byline)
    {
        foreach (var d in DomWalk.Elements(byline))
        {
            var names = (d.GetAttribute("class") + " " + d.GetAttribute("data-testid")).ToLowerInvariant();
            if (names.Contains("name", StringComparison.Ordinal) && Clean(DomWalk.Text(d)) is { } marked)
            {
                return marked;
            }
        }

        var links = byline.QuerySelectorAll("a").Select(a => Clean(DomWalk.Text(a))).ToList();
        if (links.Count >= 2 && Join(links) is { } linked)
        {
            return linked;
        }

        return Clean(DomWalk.Text(byline)) is { } text ? string.Join(", ", And().Split(text).Select(n => n.Trim()).Where(n => n.Length > 0)) : null;
    }

    private static string? Join(IEnumerable<string?> names)
    {
        var distinct = names.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? null : string.Join(", ", distinct);
    }

    /// <summary>Strips "By"/"بقلم:" prefixes and trailing date or separator parts of a byline.</summary>
    internal static string? Clean(string? byline)
    {
        var s = CleanText.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(byline ?? string.Empty));
        s = s.Split(['|', '·', '•', '\n'], 2)[0].Trim();
        s = Prefix().Replace(s, string.Empty).Trim().TrimEnd(',', '-', '–', '—').Trim();
        return s.Length is 0 or > MaxAuthorLength || s.Any(char.IsAsciiDigit) ? null : s;
    }

    [GeneratedRegex(@"^(?:(?:written|posted|reported|words)\s+)?(?:by|par|von)\s*:?\s+|^(?:بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تحرير)\s*[:：]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\s+(?:and|&)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex And();

    [GeneratedRegex(@"^(?:by|بقلم)\s*[:：]?\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByLine();
}
