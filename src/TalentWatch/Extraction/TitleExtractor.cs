using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>Picks the article's headline rather than the site name.</summary>
internal static class TitleExtractor
{
    private static readonly string[] Separators = [" | ", " - ", " — ", " – ", " :: ", " · ", " • ", " « ", " » "];

    public static string Extract(IDocument document, MetaTags meta, JsonLdReader jsonLd, string? hint)
    {
        var h1 = HeadlineElementText(document);
        var declared = new[] { meta.Get("og:title"), jsonLd.Headline, meta.Get("twitter:title") }
            .Select(Clean)
            .FirstOrDefault(t => t.Length > 0);
        var siteName = Clean(meta.Get("og:site_name", "application-name"));
        if (declared is not null)
        {
            // og:title sometimes carries the site suffix too; the visible headline shows which part is the story.
            return h1.Length > 0 && declared.StartsWith(h1, StringComparison.Ordinal) ? h1 : WithoutKnownSiteName(declared, siteName);
        }

        if (h1.Length > 0)
        {
            return h1;
        }

        var docTitle = Clean(document.Title);
        if (docTitle.Length > 0)
        {
            var known = WithoutKnownSiteName(docTitle, siteName);
            return known.Length < docTitle.Length ? known : StripSiteName(docTitle);
        }

        return Clean(hint);
    }

    private static string HeadlineElementText(IDocument document)
    {
        var el = document.QuerySelector("article h1, [itemprop=headline], main h1, h1[class*=title], h1[class*=headline]");
        if (el is null)
        {
            // A lone h1 is the headline; several usually mean the logo is an h1 too.
            var all = document.QuerySelectorAll("h1");
            el = all.Length == 1 ? all[0] : null;
        }

        return el is null ? string.Empty : DomWalk.Text(el);
    }

    private static string WithoutKnownSiteName(string title, string siteName)
    {
        if (siteName.Length == 0 || siteName.Length >= title.Length)
        {
            return title;
        }

        foreach (var sep in Separators)
        {
            if (title.EndsWith(sep + siteName, StringComparison.OrdinalIgnoreCase))
            {
                return title[..^(sep.Length + siteName.Length)].Trim();
            }

            if (title.StartsWith(siteName + sep, StringComparison.OrdinalIgnoreCase))
            {
                return title[(siteName.Length + sep.Length)..].Trim();
            }
        }

        return title;
    }

    private static string Clean(string? s) => CleanText.CollapseWhitespace(System.Net.WebUtility.HtmlDecode(s ?? string.Empty));

    /// <summary>Removes a trailing (or leading) " | Site" segment when it is clearly shorter than the headline.</summary>
    internal static string StripSiteName(string title)
    {
        foreach (var sep in Separators)
        {
            var last = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (last > 0)
            {
                var head = title[..last].Trim();
                var tail = title[(last + sep.Length)..].Trim();
                if (tail.Length <= 40 && tail.Length < head.Length)
                {
                    return head;
                }
            }

            var first = title.IndexOf(sep, StringComparison.Ordinal);
            if (first > 0)
            {
                var site = title[..first].Trim();
                var rest = title[(first + sep.Length)..].Trim();
                if (site.Length <= 25 && rest.Length > 2 * site.Length)
                {
                    return rest;
                }
            }
        }

        return title;
    }
}
