using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>
/// Readability-style container choice: paragraphs score their nearest ancestors, the best-scoring one (less its links)
/// holds the story, with sibling blocks that look like the same story.
/// </summary>
internal static class ContainerChooser
{
    private const int MinParagraphChars = 25;
    private const int ScoredLevels = 5;
    private const double WidenWhenAncestorHas = 1.6;
    private const int WidenLevels = 6;
    private const double MaxWidenedLinkDensity = 0.35;
    private const double MaxListItemLinkDensity = 0.3;
    private const int MaxListItemCommas = 2;

    public static List<IElement> Choose(IElement body, TextStats stats, bool relaxed)
    {
        var scores = new Dictionary<IElement, double>();
        var prose = new Dictionary<IElement, int>();
        foreach (var e in DomWalk.Elements(body))
        {
            if (!IsParagraphLike(e, stats))
            {
                continue;
            }

            var text = DomWalk.Text(e);
            if (text.Length < MinParagraphChars)
            {
                continue;
            }

            // A list item's commas are an author list or a citation more often than prose: they count for little.
            var commas = text.Count(c => c is ',' or '،' or '、' or '؛');
            if (e.LocalName == "li")
            {
                commas = Math.Min(commas, MaxListItemCommas);
            }

            var score = 1 + commas + Math.Min(text.Length / 100, 3);
            var level = 0;
            for (var a = e.ParentElement; a is not null; a = a.ParentElement, level++)
            {
                // Every ancestor counts the prose it holds; only the nearest few are scored.
                prose[a] = prose.GetValueOrDefault(a) + text.Length;
                if (level >= ScoredLevels)
                {
                    continue;
                }

                if (!scores.ContainsKey(a))
                {
                    scores[a] = InitialScore(a, relaxed);
                }

                scores[a] += level switch
                {
                    0 => score,
                    1 => score / 2.0,
                    _ => score / (level * 3.0),
                };
            }
        }

        if (scores.Count == 0)
        {
            return [body];
        }

        var final = scores.ToDictionary(kv => kv.Key, kv => kv.Value * (1 - stats.LinkDensity(kv.Key)));
        var top = final.MaxBy(kv => kv.Value).Key;
        top = Widened(top, body, prose, stats);
        if (top.LocalName == "html")
        {
            top = body;
        }

        return top == body || top.ParentElement is null ? [top] : WithMatchingSiblings(top, final, stats);
    }

    /// <summary>
    /// A story built of sibling modules (a CMS's text, list and table blocks, each in its own wrapper) has its prose spread
    /// over them, and the best single module holds only a part: the container grows while an ancestor holds much more
    /// prose than it and is not made of links.
    /// </summary>
    private static IElement Widened(IElement top, IElement body, Dictionary<IElement, int> prose, TextStats stats)
    {
        while (true)
        {
            // A few levels up at a time: a module's own wrappers add nothing, the column that holds its siblings does.
            IElement? wider = null;
            var ancestor = top;
            for (var level = 0; level < WidenLevels && ancestor != body && ancestor.ParentElement is { } parent && parent.LocalName != "html"; level++)
            {
                ancestor = parent;
                if (prose.GetValueOrDefault(ancestor) > WidenWhenAncestorHas * prose.GetValueOrDefault(top) && stats.LinkDensity(ancestor) < MaxWidenedLinkDensity)
                {
                    wider = ancestor;
                    break;
                }
            }

            if (wider is null)
            {
                return top;
            }

            top = wider;
        }
    }

    private static double InitialScore(IElement e, bool relaxed)
    {
        var tagScore = e.LocalName switch
        {
            "article" => 8,
            "div" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        var classScore = relaxed ? 0 : ClassHints.Classify(e) switch
        {
            Hint.Positive => 25,
            Hint.StrongNegative => -25,
            Hint.WeakNegative => -10,
            _ => 0,
        };
        return tagScore + classScore;
    }

    /// <summary>Stories split into several sibling containers (around an ad slot, say) are put back together.</summary>
    private static List<IElement> WithMatchingSiblings(IElement top, Dictionary<IElement, double> scores, TextStats stats)
    {
        var topScore = scores.GetValueOrDefault(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var result = new List<IElement>();
        foreach (var sibling in top.ParentElement!.Children)
        {
            if (sibling == top)
            {
                result.Add(sibling);
                continue;
            }

            var score = scores.GetValueOrDefault(sibling);
            if (!string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName)
            {
                score += topScore * 0.2;
            }

            if (score >= threshold || (sibling.LocalName == "p" && LooksLikeProse(sibling, stats)))
            {
                result.Add(sibling);
            }
        }

        return result;
    }

    private static bool LooksLikeProse(IElement p, TextStats stats)
    {
        var length = stats.TextLength(p);
        var density = stats.LinkDensity(p);
        if (length > 80)
        {
            return density < 0.25;
        }

        var text = DomWalk.Text(p);
        return length > 0 && density == 0 && (text.EndsWith('.') || text.Contains(". ", StringComparison.Ordinal));
    }

    private static bool IsParagraphLike(IElement e, TextStats stats)
    {
        switch (e.LocalName)
        {
            case "p" or "pre" or "td":
                return true;
            case "li":
                // A list item of prose (steps, findings), not one of a menu or a list of links.
                return stats.LinkDensity(e) < MaxListItemLinkDensity && !e.Children.Any(c => HtmlTags.Block.Contains(c.LocalName));
            case "div" or "section" or "article":
                var hasText = false;
                foreach (var child in e.ChildNodes)
                {
                    if (child is IElement ce && HtmlTags.Block.Contains(ce.LocalName))
                    {
                        return false;
                    }

                    hasText |= child is IText t && !string.IsNullOrWhiteSpace(t.Data);
                }

                return hasText;
            default:
                return false;
        }
    }
}
