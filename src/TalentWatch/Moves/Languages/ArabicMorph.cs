using TalentWatch.Entities;

namespace TalentWatch.Moves.Languages;

/// <summary>
/// Clitic-tolerant matching of Arabic words: a trigger such as انضمام also appears as والانضمام، للانضمام،
/// انضمامه. A token matches a stem when it is proclitics + stem + pronoun suffix; anything else around the stem
/// (تركيز is not ترك) is refused, so short stems stay safe. Works on TextNormalizer forms.
/// </summary>
internal static class ArabicMorph
{
    // Attached object/possessive pronouns, and the feminine/plural verb endings that may precede them.
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "", "ه", "ها", "هم", "هما", "هن", "ي", "ني", "نا", "ك", "كم",
        "ته", "تها", "تهم", "تهما", "وه", "وها", "وهم",
    };

    /// <summary>True when <paramref name="token"/> is the stem with clitics; <paramref name="prefix"/> gets the proclitics.
    /// Only nouns (<paramref name="noun"/>) may carry the article.</summary>
    public static bool Matches(string token, string stem, bool noun, out string prefix)
    {
        prefix = "";
        var at = token.IndexOf(stem, StringComparison.Ordinal);
        while (at >= 0)
        {
            var head = token[..at];
            var tail = token[(at + stem.Length)..];
            if (Suffixes.Contains(tail) && IsPrefix(head, stem, noun))
            {
                prefix = head;
                return true;
            }

            at = token.IndexOf(stem, at + 1, StringComparison.Ordinal);
        }

        // A noun in ة (folded to ه) writes it as ت before a pronoun: مغادرة → مغادرته، استقالة → استقالتها.
        if (noun && stem.Length > 2 && stem[^1] == 'ه')
        {
            var bound = string.Concat(stem.AsSpan(0, stem.Length - 1), "ت");
            var position = token.IndexOf(bound, StringComparison.Ordinal);
            var tail = position < 0 ? "" : token[(position + bound.Length)..];
            if (position >= 0 && tail.Length > 0 && Suffixes.Contains(tail) && IsPrefix(token[..position], stem, noun))
            {
                prefix = token[..position];
                return true;
            }
        }

        // ل + الاحتفاظ is written للاحتفاظ: the article's alef disappears after the preposition.
        if (stem.StartsWith("ال", StringComparison.Ordinal) && token.Length >= stem.Length)
        {
            var fused = stem[1..];
            var position = token.IndexOf(fused, 1, StringComparison.Ordinal);
            if (position > 0 && ArabicClitics.IsLamFusion(token.AsSpan(0, position)) && Suffixes.Contains(token[(position + fused.Length)..]))
            {
                prefix = token[..position];
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits off a proclitic chain (و، ف، ب، ل، ك، ال، لل) when what remains is still a word.</summary>
    public static (string Prefix, string Core) Split(string token)
    {
        for (var length = Math.Min(ArabicClitics.MaxLength, token.Length - 2); length > 0; length--)
        {
            if (ArabicClitics.IsProcliticChain(token.AsSpan(0, length), allowArticle: true))
            {
                return (token[..length], token[length..]);
            }
        }

        return ("", token);
    }

    /// <summary>
    /// True when the token, or the token without some proclitic chain, is in <paramref name="words"/>; a first letter
    /// may be a clitic or part of the word (وكان is و + كان, not وك + ان), so every split is tried.
    /// </summary>
    public static bool InSet(IReadOnlySet<string> words, string token, out string prefix)
    {
        prefix = "";
        if (words.Contains(token))
        {
            return true;
        }

        for (var length = 1; length <= Math.Min(ArabicClitics.MaxLength, token.Length - 2); length++)
        {
            if (ArabicClitics.IsProcliticChain(token.AsSpan(0, length), allowArticle: true) && words.Contains(token[length..]))
            {
                prefix = token[..length];
                return true;
            }
        }

        return false;
    }

    public static bool InSet(IReadOnlySet<string> words, string token) => InSet(words, token, out _);

    /// <summary>The ل of a proclitic chain ("ل", "لل", "ول", "فل", "ولل"): "to/for", or "of" after a role noun.</summary>
    public static bool HasLam(string prefix) => prefix.EndsWith('ل') || prefix.EndsWith("لل", StringComparison.Ordinal);

    private static bool IsPrefix(string head, string stem, bool noun)
    {
        if (head.Length == 0)
        {
            return true;
        }

        // Future سـ (سينضم) and conjunction + future (وسينضم) attach to verbs.
        if (head is "س" or "وس" or "فس" or "ل" or "ول" or "فل")
        {
            return true;
        }

        // Verbs never take the article, and ة folds to ه: without this رحل would match الرحلة ("the trip").
        // A stem that already starts with the article (الانضمام) cannot take another one.
        var allowArticle = noun && !stem.StartsWith("ال", StringComparison.Ordinal);
        return ArabicClitics.IsProcliticChain(head, allowArticle);
    }
}
