using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>
/// The page's own summary (its meta description) printed on the page as a standfirst. Sites often put it in the page
/// header next to the headline, or in a box whose class names read as chrome, so the usual rules lose it; the page itself
/// says that this text describes the story, and when it is printed above the story it is the story's first paragraph.
/// </summary>
internal sealed class ShownDescription
{
    /// <summary>Shorter descriptions ("News", a site slogan) match menu items and labels, not a standfirst.</summary>
    private const int MinChars = 40;

    private const double MaxLinkDensity = 0.3;

    /// <summary>A standfirst is a paragraph, perhaps with a span or a link inside, not a box of several.</summary>
    private const int MaxLevelsUp = 4;

    private const double MaxLongerBy = 1.5;

    private readonly IElement element;
    private IElement? marker;

    private ShownDescription(IElement element) => this.element = element;

    /// <summary>
    /// The smallest visible element whose text is the description, looked for before anything is pruned, in chrome too
    /// (a page header is where it usually stands). One that says it exactly wins over one that agrees only in part.
    /// </summary>
    public static ShownDescription? Find(IElement body, string? description)
    {
        var folded = Compact(description);
        if (folded.Length < MinChars)
        {
            return null;
        }

        IElement? partial = null;
        // Only where a text node starts the description is an element read whole, so the walk stays linear.
        foreach (var e in DomWalk.Elements(body, descend: e => !IsUnread(e)))
        {
            if (IsUnread(e) || !e.ChildNodes.OfType<IText>().Any(t => StartsDescription(t.Data, folded)))
            {
                continue;
            }

            for (var (a, level) = (e, 0); a is not null && a != body && level < MaxLevelsUp; a = a.ParentElement, level++)
            {
                var text = Compact(DomWalk.Text(a));
                var exact = text == folded;
                if ((exact || IsPart(text, folded)) && IsStandfirst(a, text))
                {
                    if (exact)
                    {
                        return new ShownDescription(a);
                    }

                    partial ??= a;
                    break;
                }

                if (text.Length > folded.Length * MaxLongerBy)
                {
                    break;
                }
            }
        }

        return partial is null ? null : new ShownDescription(partial);
    }

    /// <summary>
    /// Called for each element the pruning removes: when it holds the description, an empty marker keeps the place, so
    /// that where the description stood can still be compared with where the story is.
    /// </summary>
    public void Removing(IElement doomed)
    {
        if (marker is null && doomed.Contains(element) && doomed.ParentElement is { } parent)
        {
            marker = doomed.Owner!.CreateElement("span");
            parent.InsertBefore(marker, doomed);
        }
    }

    /// <summary>The description's blocks when it stands before the story's first container and outside all of them.</summary>
    public IReadOnlyList<TextBlock> Before(IReadOnlyList<IElement> containers)
    {
        var place = marker ?? element;
        if (containers.Count == 0 || containers.Any(c => c.Contains(place) || place.Contains(c)) || place.ParentElement is null
            || (containers[0].CompareDocumentPosition(place) & DocumentPositions.Preceding) == 0)
        {
            return [];
        }

        return BlockReader.Read(element);
    }

    private static bool IsUnread(IElement e) => e.LocalName is "script" or "style" or "template" or "noscript" or "svg" || HtmlTags.IsHidden(e);

    private static bool StartsDescription(string data, string folded)
    {
        // Most text nodes fail on their first (ASCII) letter; only the others are folded.
        var first = data.AsSpan().TrimStart();
        if (first.IsEmpty || (char.IsAscii(first[0]) && char.ToLowerInvariant(first[0]) != folded[0]))
        {
            return false;
        }

        var start = Compact(data);
        return start.Length >= Math.Min(folded.Length, MinChars / 2)
            && (folded.StartsWith(start, StringComparison.Ordinal) || start.StartsWith(folded, StringComparison.Ordinal));
    }

    /// <summary>A link (a teaser of this very page) or a line of links is no standfirst.</summary>
    private static bool IsStandfirst(IElement e, string text) => e.Closest("a") is null && LinkChars(e) < MaxLinkDensity * text.Length;

    private static int LinkChars(IElement e) => e.QuerySelectorAll("a").Sum(a => DomWalk.Text(a).Length);

    /// <summary>
    /// The element's text starts with the description and runs on a little: a description the CMS cut to the length it
    /// allows ("…"). (A description that runs on past the element is not taken: the element may be only its first words.)
    /// </summary>
    private static bool IsPart(string text, string description) =>
        text.Length <= description.Length * MaxLongerBy && text.StartsWith(description, StringComparison.Ordinal);

    /// <summary>Folded, without spaces (block boundaries join words in the element's text) and a closing ellipsis.</summary>
    private static string Compact(string? text)
    {
        var folded = CleanText.FoldForMatching(CleanText.CollapseWhitespace(text)).Replace(" ", string.Empty, StringComparison.Ordinal);
        return folded.TrimEnd('.', '…', ']', '[');
    }
}
