using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>
/// Elements that are chrome by their tag but hold the story on some pages, opened up as plain blocks before anything is
/// pruned: a page header named for the article ("article-header", "entry-header") with its standfirst, and a header or
/// noscript that a broken page never closed, so that it wraps most of the page's text.
/// </summary>
internal static class StoryWrappers
{
    private const double MostOfThePage = 0.6;

    public static void Open(IElement body)
    {
        var candidates = body.QuerySelectorAll("header, noscript").Where(HtmlTags.IsNonContent).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        // The page's text outside noscript (DomWalk.Text skips it) plus what each candidate holds.
        var pageChars = DomWalk.Text(body).Length;
        foreach (var wrapper in candidates)
        {
            var chars = wrapper.ChildNodes.Sum(child => DomWalk.Text(child).Length);
            var total = Math.Max(1, wrapper.LocalName == "noscript" ? pageChars + chars : pageChars);
            var isStory = chars >= MostOfThePage * total || (wrapper.LocalName == "header" && ClassHints.Classify(wrapper) is Hint.Positive);
            if (isStory && wrapper.Parent is not null)
            {
                Replace(wrapper);
            }
        }
    }

    private static void Replace(IElement wrapper)
    {
        var block = wrapper.Owner!.CreateElement("div");
        foreach (var attribute in wrapper.Attributes)
        {
            block.SetAttribute(attribute.Name, attribute.Value);
        }

        while (wrapper.FirstChild is { } child)
        {
            block.AppendChild(child);
        }

        wrapper.Replace(block);
    }
}
