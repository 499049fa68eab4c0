namespace TalentWatch.Entities;

/// <summary>An automaton hit kept after leftmost-longest selection; offsets are in normalised text.</summary>
internal readonly record struct AliasHit(int Start, int End, int Pattern);

/// <summary>
/// One normalised text (title or body) with its map back to the original, plus the checks that only need
/// the text around a hit: boundaries, clitics, capitalisation, vetoed phrases and context words.
/// </summary>
internal sealed class ScannedText(string original, string normalized, int[] map, bool inTitle)
{
    public List<AliasHit> Hits { get; } = [];

    public bool IsLocallyValid(AliasHit candidate, AliasTarget target)
    {
        var (start, end) = (candidate.Start, candidate.End);
        if (!StartsOnBoundary(start, target))
        {
            return false;
        }

        if (!target.Strict)
        {
            return true;
        }

        // Single Latin tokens are often common words: "meta-analysis", "Character.AI" (for Character), "apple".
        if ((start > 0 && normalized[start - 1] is '-' or '.') || (end < normalized.Length && normalized[end] is '-' or '.'))
        {
            return false;
        }

        var originalStart = map[start];
        if (!char.IsUpper(original[originalStart])
            && (target.ExactCase is null || !original.AsSpan(originalStart, OriginalEnd(end) - originalStart).SequenceEqual(target.ExactCase)))
        {
            return false;
        }

        return !CommonWordVetoes.IsVetoed(normalized, start, end);
    }

    public bool HasContext(AliasHit candidate, string[] context)
    {
        if (context.Length == 0)
        {
            return false;
        }

        var from = candidate.Start;
        for (var tokens = 0; from > 0 && tokens <= EntityMatcher.ContextWindowTokens; from--)
        {
            tokens += normalized[from - 1] == ' ' ? 1 : 0;
        }

        var to = candidate.End;
        for (var tokens = 0; to < normalized.Length && tokens <= EntityMatcher.ContextWindowTokens; to++)
        {
            tokens += normalized[to] == ' ' ? 1 : 0;
        }

        foreach (var phrase in context)
        {
            for (var at = normalized.IndexOf(phrase, from, to - from, StringComparison.Ordinal);
                 at >= 0;
                 at = at + 1 < to ? normalized.IndexOf(phrase, at + 1, to - at - 1, StringComparison.Ordinal) : -1)
            {
                var after = at + phrase.Length;
                var endsOnBoundary = after >= normalized.Length || !TextNormalizer.IsWordChar(normalized[after]);
                if (endsOnBoundary && StartsOnBoundary(at, new AliasTarget(-1, AliasRole.Full, false, null, false, AllowArticle: true)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public EntityMention ToMention(AliasHit candidate, CatalogEntry entry)
    {
        var start = map[candidate.Start];
        var end = OriginalEnd(candidate.End);
        return new EntityMention(entry.Slug, entry.Kind, start, end - start, inTitle, original[start..end]);
    }

    private bool StartsOnBoundary(int start, AliasTarget target)
    {
        if (start == 0 || !TextNormalizer.IsWordChar(normalized[start - 1]))
        {
            return !target.Fused;
        }

        // Inside a word: only a proclitic chain (و، ف، ب، ل، ك، ال...) may precede the alias.
        var wordStart = start;
        while (wordStart > 0 && start - wordStart <= ArabicClitics.MaxLength && TextNormalizer.IsWordChar(normalized[wordStart - 1]))
        {
            wordStart--;
        }

        if (wordStart > 0 && TextNormalizer.IsWordChar(normalized[wordStart - 1]))
        {
            return false;
        }

        var prefix = normalized.AsSpan(wordStart, start - wordStart);
        return target.Fused ? ArabicClitics.IsLamFusion(prefix) : ArabicClitics.IsProcliticChain(prefix, target.AllowArticle);
    }

    // End of the mention in the original text, swallowing diacritics written on its last letter.
    private int OriginalEnd(int normalizedEnd)
    {
        var end = map[normalizedEnd - 1] + 1;
        while (end < original.Length && TextNormalizer.IsDropped(original[end]))
        {
            end++;
        }

        return end;
    }
}
