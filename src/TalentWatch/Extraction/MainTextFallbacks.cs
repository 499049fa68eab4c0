using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>
/// What the best extractors do when the main-content search finds too little of a page's text: try again with relaxed
/// rules, then the page's largest block of text, then the JSON-LD articleBody. A page with text never gives an
/// article with none.
/// </summary>
internal static class MainTextFallbacks
{
    /// <summary>Below this, a story is too short to be the whole of a page that has more text.</summary>
    private const int EnoughChars = 250;

    /// <summary>A story is rarely under this share of its page's visible text, navigation and comments included.</summary>
    private const double EnoughShareOfPage = 0.05;

    /// <summary>A fallback replaces what was found only when it is this much longer.</summary>
    private const double BetterBy = 1.5;

    public static IReadOnlyList<string> Improve(MainText found, string html, string title, JsonLdReader jsonLd, string? description = null)
    {
        if (!TooLittle(found.Chars, found.PageChars))
        {
            return found.Paragraphs;
        }

        var best = found.Paragraphs;
        var bestChars = found.Chars;
        foreach (var candidate in Candidates(html, title, jsonLd, description))
        {
            var chars = candidate.Sum(p => p.Length);
            if (chars > bestChars * BetterBy)
            {
                best = candidate;
                bestChars = chars;
            }

            if (!TooLittle(bestChars, found.PageChars))
            {
                break;
            }
        }

        return best;
    }

    private static bool TooLittle(int chars, int pageChars) =>
        chars < Math.Min(EnoughChars, pageChars / 2) || chars < pageChars * EnoughShareOfPage;

    private static IEnumerable<IReadOnlyList<string>> Candidates(string html, string title, JsonLdReader jsonLd, string? description)
    {
        // A new tree: the first pass removed what it took for chrome, which may have been the story.
        using (var document = HtmlDocumentParser.Parse(html))
        {
            yield return MainTextExtractor.Extract(document, title, relaxed: true, description).Paragraphs;
        }

        // Untouched again: even the relaxed pass removes asides and page headers, and some sites put the story in one.
        using var untouched = HtmlDocumentParser.Parse(html);
        if (untouched.Body is { } body && LargestBlock(body) is { } block)
        {
            yield return BoilerplateFilter.Clean(BlockReader.Read(block), title);
        }

        if (jsonLd.ArticleBody is { } articleBody)
        {
            yield return [.. articleBody.Split('\n').Select(CleanText.CollapseWhitespace).Where(p => p.Length > 0)];
        }
    }

    /// <summary>The block element with the most text of its own (in its text and inline children, not in nested blocks).</summary>
    private static IElement? LargestBlock(IElement body)
    {
        IElement? largest = null;
        var most = 0;
        // Not into hidden elements: sites park consent texts and base64-encoded embeds there, often the longest text of all.
        foreach (var e in DomWalk.Elements(body, descend: e => !MainTextExtractor.IsNonContent(e) && !HtmlTags.IsHidden(e)))
        {
            if (!HtmlTags.Block.Contains(e.LocalName) || HtmlTags.IsHidden(e))
            {
                continue;
            }

            var own = 0;
            foreach (var child in e.ChildNodes)
            {
                own += child switch
                {
                    IText text => text.Data.Length,
                    IElement inline when HtmlTags.Phrasing.Contains(inline.LocalName) => inline.TextContent.Length,
                    _ => 0,
                };
            }

            if (own > most)
            {
                most = own;
                largest = e;
            }
        }

        return largest;
    }
}
