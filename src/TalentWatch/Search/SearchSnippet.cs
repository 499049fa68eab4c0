using TalentWatch.Entities;

namespace TalentWatch.Search;

/// <summary>
/// The passage of an article's text around the first word a search matched, cut into plain and matched parts so a
/// page can mark the matches. Matching uses the search index's normalisation, so "ايلون" marks "إيلون" as written.
/// </summary>
public static class SearchSnippet
{
    public sealed record Part(string Text, bool Match);

    /// <summary>About this many characters of text on each side of the first match.</summary>
    public const int Context = 100;

    public static IReadOnlyList<Part> Build(string text, string? query)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text, out var map);
        var tokens = string.IsNullOrWhiteSpace(query) ? [] : TextNormalizer.NormalizeName(query)
            .Split([' ', '.', '-', '\''], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
        var matches = Matches(normalized, tokens)
            .Select(m => (Start: map[m.Start], End: AfterMarks(text, map[m.Start + m.Length - 1] + 1)))
            .ToList();
        var center = matches.Count > 0 ? matches[0].Start : 0;
        var from = matches.Count > 0 ? WordStart(text, Math.Max(0, center - Context)) : 0;
        var to = WordEnd(text, Math.Min(text.Length, from + 2 * Context + (matches.Count > 0 ? matches[0].End - matches[0].Start : 0)));

        var parts = new List<Part>();
        var at = from;
        foreach (var (start, end) in matches.Where(m => m.Start >= from && m.End <= to))
        {
            if (start > at)
            {
                parts.Add(new Part(text[at..start], false));
            }
            parts.Add(new Part(text[start..end], true));
            at = end;
        }
        if (to > at)
        {
            parts.Add(new Part(text[at..to], false));
        }
        Trim(parts, from > 0, to < text.Length);
        return parts;
    }

    /// <summary>Whole-word occurrences of the tokens in the normalised text, in order, not overlapping.</summary>
    private static IEnumerable<(int Start, int Length)> Matches(string normalized, string[] tokens)
    {
        var next = 0;
        for (var i = 0; i < normalized.Length; i++)
        {
            if (i < next || (i > 0 && TextNormalizer.IsWordChar(normalized[i - 1])))
            {
                continue;
            }
            foreach (var token in tokens)
            {
                var end = i + token.Length;
                if (string.CompareOrdinal(normalized, i, token, 0, token.Length) == 0
                    && (end == normalized.Length || !TextNormalizer.IsWordChar(normalized[end])))
                {
                    yield return (i, token.Length);
                    next = end;
                    break;
                }
            }
        }
    }

    /// <summary>A word's trailing diacritics belong to it (the normalised text dropped them).</summary>
    private static int AfterMarks(string text, int index)
    {
        while (index < text.Length && TextNormalizer.IsDropped(text[index]))
        {
            index++;
        }
        return index;
    }

    private static int WordStart(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }
        return index;
    }

    private static int WordEnd(string text, int index)
    {
        while (index < text.Length && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }
        return index;
    }

    /// <summary>Line breaks become spaces (a snippet is one line) and a cut end gets an ellipsis.</summary>
    private static void Trim(List<Part> parts, bool cutStart, bool cutEnd)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            parts[i] = parts[i] with { Text = parts[i].Text.Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ') };
        }
        if (parts.Count == 0)
        {
            return;
        }
        if (cutStart)
        {
            parts.Insert(0, new Part("…", false));
        }
        if (cutEnd)
        {
            parts.Add(new Part("…", false));
        }
    }
}
