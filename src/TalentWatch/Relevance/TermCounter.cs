using TalentWatch.Entities;

namespace TalentWatch.Relevance;

/// <summary>
/// Counts occurrences of short word lists ("artificial intelligence", الذكاء الاصطناعي) on word boundaries,
/// after the same normalisation as entity matching; an Arabic word may carry proclitics (والذكاء، لمواهب).
/// </summary>
public sealed class TermCounter
{
    private readonly Dictionary<string, List<string[]>> termsByFirstWord = new(StringComparer.Ordinal);

    public TermCounter(IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        foreach (var term in terms)
        {
            var words = Words(TextNormalizer.NormalizeName(term));
            if (words.Length == 0)
            {
                continue;
            }
            if (!termsByFirstWord.TryGetValue(words[0], out var list))
            {
                termsByFirstWord[words[0]] = list = [];
            }
            list.Add(words);
        }
    }

    /// <summary>Occurrences per term (by its normalised form), in text order of first appearance.</summary>
    public Dictionary<string, int> Count(string text)
    {
        var words = Words(TextNormalizer.Normalize(text ?? string.Empty, out _));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var stem in Stems(words[i]))
            {
                if (!termsByFirstWord.TryGetValue(stem, out var candidates))
                {
                    continue;
                }
                foreach (var term in candidates)
                {
                    if (Follows(words, i, term))
                    {
                        var key = string.Join(' ', term);
                        counts[key] = counts.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }
        return counts;
    }

    /// <summary>The key <see cref="Count"/> reports a term under.</summary>
    public static string Key(string term) => string.Join(' ', Words(TextNormalizer.NormalizeName(term ?? string.Empty)));

    private static bool Follows(string[] words, int start, string[] term)
    {
        if (start + term.Length > words.Length)
        {
            return false;
        }
        for (var k = 1; k < term.Length; k++)
        {
            if (!Stems(words[start + k]).Contains(term[k]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The word itself and, for Arabic, the word without each valid proclitic chain.</summary>
    private static List<string> Stems(string word)
    {
        var stems = new List<string>(3) { word };
        if (word.Length < 3 || word[0] < '\u0600' || word[0] > '\u06FF')
        {
            return stems;
        }
        for (var cut = 1; cut <= Math.Min(ArabicClitics.MaxLength, word.Length - 2); cut++)
        {
            if (ArabicClitics.IsProcliticChain(word.AsSpan(0, cut), allowArticle: false))
            {
                stems.Add(word[cut..]);
            }
            // "للذكاء" is ل + الذكاء with the alef elided.
            if (ArabicClitics.IsLamFusion(word.AsSpan(0, cut)) && word.Length > cut + 1 && word[cut] == 'ل')
            {
                stems.Add("ا" + word[cut..]);
            }
        }
        return stems;
    }

    private static string[] Words(string normalized) =>
        normalized.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
