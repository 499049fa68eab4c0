using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>
/// Readability-style main text: prune obvious chrome, score containers by the paragraphs they hold,
/// take the best one (plus sibling blocks that look like the same story) and read its blocks in order.
/// </summary>
internal static class MainTextExtractor
{
    private const double KeepShareOfPage = 0.6;
    private const double KeepProseShareOfPage = 0.45;
    private const double MaxProseLinkDensity = 0.2;
    private const int MaxSignupBoxChars = 400;
    private const int MaxMediaFigureChars = 150;
    private const int MaxPictureBoxShare = 4;
    private const int MaxWeakChromeChars = 80;
    private const double WeakChromeLinkDensity = 0.5;

    /// <param name="relaxed">
    /// The retry for a page where the usual rules found too little: class and id names neither remove nor score anything,
    /// only the markup's own structure (navigation, scripts, hidden elements, short forms) is chrome.
    /// </param>
    public static MainText Extract(IDocument document, string title, bool relaxed = false, string? description = null)
    {
        var body = document.Body;
        if (body is null)
        {
            return new MainText([], 0);
        }

        StoryWrappers.Open(body);
        AppendedStories.Remove(body, title);
        var before = new TextStats(body);
        var pageChars = before.TextLength(body);
        var shown = ShownDescription.Find(body, description);
        Prune(body, before, relaxed, shown);
        var stats = new TextStats(body);
        var containers = ContainerChooser.Choose(body, stats, relaxed);
        if (LeadParagraph.Before(body, containers, stats) is { } lead)
        {
            containers.Insert(0, lead);
        }
        var blocks = new List<TextBlock>(shown?.Before(containers) ?? []);
        foreach (var c in containers)
        {
            blocks.AddRange(BlockReader.Read(c));
        }

        return new MainText(BoilerplateFilter.Clean(blocks, title), pageChars);
    }

    internal static bool IsNonContent(IElement e) => HtmlTags.IsNonContent(e);

    private static void Prune(IElement body, TextStats stats, bool relaxed, ShownDescription? shown)
    {
        var total = Math.Max(1, stats.TextLength(body));
        var doomed = SignupBoxes(body, stats);
        foreach (var e in DomWalk.Elements(body, descend: e => !doomed.Contains(e)))
        {
            if (ShouldRemove(e, stats, total, relaxed))
            {
                doomed.Add(e);
                if (RelatedLinksHeading.IsRelatedHeading(e))
                {
                    doomed.UnionWith(RelatedLinksHeading.LinkListsAfter(e, stats));
                }
            }
        }

        foreach (var e in doomed)
        {
            shown?.Removing(e);
            e.Remove();
        }
    }

    /// <summary>
    /// A box built like a figure without the tag: a picture and a line or two of caption and credit ("© AFP / NAME"),
    /// in a div or a span the CMS wraps around the picture. Only a box that says it holds a caption or a credit: short
    /// boxes with a picture are also a gallery's or a recipe's own items (a step, an ingredient), and a box holding a good
    /// part of a short page may be the story itself.
    /// </summary>
    private static bool IsPictureBox(IElement e, TextStats stats, int total)
    {
        var length = stats.TextLength(e);
        return e.LocalName is "div" or "span"
            && length is > 0 and < MaxMediaFigureChars
            && length * MaxPictureBoxShare < total
            && e.QuerySelector("img, picture, video, amp-img") is not null
            && e.QuerySelector("blockquote") is null
            && PictureCaption.IsCaption(e);
    }

    /// <summary>
    /// A newsletter or sign-up box is a short block around an email field, whatever its (often generated) class
    /// names say; the largest such ancestor goes, so its pitch and fine print go with the form.
    /// </summary>
    private static HashSet<IElement> SignupBoxes(IElement body, TextStats stats)
    {
        var boxes = new HashSet<IElement>();
        var limit = Math.Min(MaxSignupBoxChars, stats.TextLength(body) / 2);
        foreach (var input in body.QuerySelectorAll("input[type=email]"))
        {
            IElement? box = null;
            for (var a = input.ParentElement; a is not null && a != body && stats.TextLength(a) <= limit; a = a.ParentElement)
            {
                box = a;
            }

            if (box is not null)
            {
                boxes.Add(box);
            }
        }

        return boxes;
    }

    private static bool ShouldRemove(IElement e, TextStats stats, int total, bool relaxed)
    {
        var tag = e.LocalName;
        if (HtmlTags.IsNonContent(e) || HtmlTags.IsHidden(e))
        {
            return true;
        }

        if (RelatedLinksHeading.IsRelatedHeading(e))
        {
            return true;
        }

        // ASP.NET WebForms pages wrap the whole page in one <form>; only small forms are chrome.
        if (tag == "form")
        {
            return (double)stats.TextLength(e) / total < KeepShareOfPage;
        }

        if (IsPictureBox(e, stats, total))
        {
            return true;
        }

        if (HtmlTags.Phrasing.Contains(tag) || ClassHints.IsQuote(e))
        {
            return false;
        }

        // Some CMSs wrap the whole story in an aside; one that holds most of the page is not a sidebar.
        if (tag == "aside")
        {
            return (double)stats.TextLength(e) / total < KeepShareOfPage;
        }

        // A photo's figure holds credits and captions ("Getty Images"), not story text; an embedded post stays.
        if (tag == "figure" && stats.TextLength(e) < MaxMediaFigureChars && e.QuerySelector("img, picture, video, amp-img") is not null && e.QuerySelector("blockquote") is null)
        {
            return true;
        }

        if (relaxed)
        {
            return false;
        }

        var hint = ClassHints.Classify(e);

        // A subheading's class or id names the heading itself ("header-anchor-post", "nav_first_part"): chrome headings
        // go with the box they head, or as related-links headings above.
        if (tag is "h2" or "h3" or "h4" or "h5" or "h6" && stats.LinkDensity(e) < WeakChromeLinkDensity)
        {
            return false;
        }

        // A weak name ("widget", "meta", "banner") marks chrome only on something short or made of links: page builders
        // wrap every paragraph of the story in an "elementor-widget-container".
        if (hint is Hint.WeakNegative && stats.TextLength(e) > MaxWeakChromeChars && stats.LinkDensity(e) < WeakChromeLinkDensity)
        {
            return false;
        }

        if (hint is Hint.StrongNegative or Hint.WeakNegative)
        {
            // A page-wide wrapper named "sidebar-layout" or "comments-open" still holds the article, and so does a box of
            // prose (not of links) holding half the page: a sidebar or a menu is never that.
            var share = (double)stats.TextLength(e) / total;
            var prose = tag is not ("ul" or "ol" or "dl" or "table") && stats.LinkDensity(e) < MaxProseLinkDensity;
            return share < KeepShareOfPage && !(prose && share >= KeepProseShareOfPage);
        }

        return false;
    }
}

/// <summary>The story's paragraphs and how many visible characters the whole page had before anything was removed.</summary>
internal sealed record MainText(IReadOnlyList<string> Paragraphs, int PageChars)
{
    public int Chars => Paragraphs.Sum(p => p.Length);
}
