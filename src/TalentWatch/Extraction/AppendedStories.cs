using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>
/// Pages that load the next stories as the reader scrolls append them as sibling article elements, each with its own
/// headline. When several articles have an h1 of their own and exactly one of them is the page's title, the others are
/// other pages' stories and are removed before the container is chosen (they would otherwise outweigh a short story).
/// Articles without a headline of their own (teasers, sidebar entries) are left to the usual rules.
/// </summary>
internal static class AppendedStories
{
    private const int MinTitleChars = 10;

    public static void Remove(IElement body, string title)
    {
        var foldedTitle = CleanText.FoldForMatching(title);
        if (foldedTitle.Length < MinTitleChars)
        {
            return;
        }
        // Each article with a headline of its own (an h1 whose nearest article it is); a wrapper around them all has none.
        var headed = new List<(IElement Article, string Headline)>();
        foreach (var h1 in body.QuerySelectorAll("h1"))
        {
            if (h1.Closest("article") is { } article && !headed.Exists(x => x.Article == article))
            {
                headed.Add((article, h1.TextContent));
            }
        }
        if (headed.Count < 2)
        {
            return;
        }
        var own = headed.Where(x => IsTitle(CleanText.FoldForMatching(x.Headline), foldedTitle)).ToList();
        if (own.Count != 1)
        {
            return;
        }
        var story = own[0].Article;
        foreach (var (other, _) in headed.Where(x => x.Article != story && !x.Article.Contains(story)))
        {
            other.Remove();
        }
    }

    /// <summary>The headline is the title, or the title is the headline with the site's name around it.</summary>
    private static bool IsTitle(string headline, string title) =>
        headline.Length >= MinTitleChars && (headline == title || title.Contains(headline, StringComparison.Ordinal) || headline.Contains(title, StringComparison.Ordinal));
}
