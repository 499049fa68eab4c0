namespace TalentWatch.Extraction;

/// <summary>
/// Estimates how deeply a page nests its elements without building a DOM, so that hostile markup
/// (tens of thousands of nested tags) is refused before the tree builder spends time on it.
/// </summary>
internal static class NestingDepthScanner
{
    // Elements the HTML parser closes implicitly (a new <p> ends the open <p>, and so on) or that
    // never have content: counting them would make ordinary sloppy markup look deep.
    private static readonly HashSet<string> NonNestingTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
        "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body",
    };

    private static readonly HashSet<string> RawTextTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    /// <summary>Returns the deepest element nesting seen, stopping early once <paramref name="limit"/> is exceeded.</summary>
    public static int MaxDepth(string html, int limit)
    {
        var open = new List<string>();
        // Counting open names makes stray end tags O(1): a page of a million "</x>" must not scan the stack each time.
        var openCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var max = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var isEnd = html[lt + 1] == '/';
            var nameStart = isEnd ? lt + 2 : lt + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-' || html[nameEnd] == ':'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            var name = html[nameStart..nameEnd];
            var gt = FindTagEnd(html, nameEnd);
            i = gt < 0 ? html.Length : gt + 1;

            if (isEnd)
            {
                if (openCounts.GetValueOrDefault(name) > 0)
                {
                    var at = open.FindLastIndex(t => string.Equals(t, name, StringComparison.OrdinalIgnoreCase));
                    for (var k = at; k < open.Count; k++)
                    {
                        openCounts[open[k]]--;
                    }

                    open.RemoveRange(at, open.Count - at);
                }

                continue;
            }

            if (RawTextTags.Contains(name))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            if (NonNestingTags.Contains(name))
            {
                continue;
            }

            open.Add(name);
            openCounts[name] = openCounts.GetValueOrDefault(name) + 1;
            if (open.Count > max)
            {
                max = open.Count;
                if (max > limit)
                {
                    return max;
                }
            }
        }

        return max;
    }

    private static int FindTagEnd(string html, int from)
    {
        char quote = '\0';
        for (var j = from; j < html.Length; j++)
        {
            var c = html[j];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return j;
            }
        }

        return -1;
    }
}
