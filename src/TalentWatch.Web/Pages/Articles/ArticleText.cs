using System.Text.RegularExpressions;
using TalentWatch.Web.Pages.Common;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Pages.Articles;

/// <summary>
/// Cuts an article's text into paragraphs (on blank lines) and each paragraph into runs that are plain, an entity
/// mention, part of a move's evidence, or both. The view renders runs as text inside a and mark elements, so
/// the scraped text is only ever encoded, never trusted as markup.
/// </summary>
public static partial class ArticleText
{
    public sealed record Span(int Start, int Length);

    public sealed record Mention(int Start, int Length, EntityChip Entity);

    public sealed record Run(string Text, EntityChip? Entity, bool Evidence);

    public static IReadOnlyList<IReadOnlyList<Run>> Paragraphs(string text, IReadOnlyList<Mention> mentions, IReadOnlyList<Span> evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = new List<IReadOnlyList<Run>>();
        var start = 0;
        foreach (var separator in BlankLine().EnumerateMatches(text))
        {
            AddParagraph(paragraphs, text, start, separator.Index, mentions, evidence);
            start = separator.Index + separator.Length;
        }
        AddParagraph(paragraphs, text, start, text.Length, mentions, evidence);
        return paragraphs;
    }

    /// <summary>The runs of [start, end): a new run wherever a mention or an evidence span begins or ends.</summary>
    public static IReadOnlyList<Run> Runs(string text, int start, int end, IReadOnlyList<Mention> mentions, IReadOnlyList<Span> evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(evidence);
        var cuts = new SortedSet<int> { start, end };
        foreach (var m in mentions)
        {
            AddCut(cuts, m.Start, start, end);
            AddCut(cuts, m.Start + m.Length, start, end);
        }
        foreach (var e in evidence)
        {
            AddCut(cuts, e.Start, start, end);
            AddCut(cuts, e.Start + e.Length, start, end);
        }
        var runs = new List<Run>();
        var from = start;
        foreach (var cut in cuts.Where(c => c > start))
        {
            var at = from;
            var entity = mentions.FirstOrDefault(m => m.Start <= at && at < m.Start + m.Length)?.Entity;
            var marked = evidence.Any(e => e.Start <= at && at < e.Start + e.Length);
            runs.Add(new Run(text[from..cut], entity, marked));
            from = cut;
        }
        return runs;
    }

    private static void AddParagraph(List<IReadOnlyList<Run>> paragraphs, string text, int start, int end, IReadOnlyList<Mention> mentions, IReadOnlyList<Span> evidence)
    {
        // Trim without losing offsets: mentions index the whole text.
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            paragraphs.Add(Runs(text, start, end, mentions, evidence));
        }
    }

    private static void AddCut(SortedSet<int> cuts, int at, int start, int end)
    {
        if (at > start && at < end)
        {
            cuts.Add(at);
        }
    }

    [GeneratedRegex(@"\r?\n[ \t\r]*\n")]
    private static partial Regex BlankLine();
}
