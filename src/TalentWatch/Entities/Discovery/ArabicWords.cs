namespace TalentWatch.Entities.Discovery;

/// <summary>
/// Arabic word forms: clitics (و ف ب ل ك and لل = ل + ال) glued to the front of a word, cue words and function words
/// looked up through them, and the nisba adjectives ("الهولندي", "الأمريكية") that sit between a cue and a name.
/// </summary>
public static class ArabicWords
{
    private const string Clitics = "وفبلك";

    // Bare forms are asked for every word many times (mention counting, cue lookups); words repeat, so they are cached.
    // The cache is dropped when it grows large, which bounds memory in a long-running scraper.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> BareCache = new(StringComparer.Ordinal);

    /// <summary>The key itself and what is left after removing one or two clitic letters.</summary>
    public static IReadOnlyList<string> Bare(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (BareCache.TryGetValue(key, out var cached))
        {
            return cached;
        }
        if (BareCache.Count > 100_000)
        {
            BareCache.Clear();
        }
        return BareCache[key] = [.. BareForms(key)];
    }

    private static IEnumerable<string> BareForms(string key)
    {
        yield return key;
        if (key.StartsWith("لل", StringComparison.Ordinal) && key.Length > 3)
        {
            yield return "ال" + key[2..];
        }
        if (key.Length > 3 && Clitics.Contains(key[0], StringComparison.Ordinal))
        {
            yield return key[1..];
            if (key.Length > 4 && Clitics.Contains(key[1], StringComparison.Ordinal))
            {
                yield return key[2..];
            }
        }
    }

    private static readonly string[] PronounSuffixes = ["هما", "هم", "ها", "نا", "ه"];

    /// <summary>The cue a word carries, through clitics and a possessive suffix ("لشركة", "مساعدها" = its assistant).</summary>
    public static CueKind Cue(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var bare in Bare(key))
        {
            foreach (var stem in WithoutSuffix(bare))
            {
                var cue = Lexicon.ArabicCues.GetValueOrDefault(stem);
                // Person cues are listed with their suffixes ("شريكه" his partner): a stripped "شريكتها" (her partner) is a company's.
                if (cue != CueKind.None && !(cue == CueKind.Person && stem != bare))
                {
                    return cue;
                }
            }
        }
        return CueKind.None;
    }

    /// <summary>The word, and the word without a possessive suffix (a ت before it was a ة: "شركته" → "شركه").</summary>
    private static IEnumerable<string> WithoutSuffix(string key)
    {
        yield return key;
        foreach (var suffix in PronounSuffixes)
        {
            if (key.Length > suffix.Length + 2 && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = key[..^suffix.Length];
                yield return stem;
                if (stem.EndsWith('ت'))
                {
                    yield return stem[..^1] + "ه";
                }
                yield break;
            }
        }
    }

    /// <summary>The word from where its cue starts ("لوكالة" → "وكالة", "وكالة" stays), or null when it is no cue word.</summary>
    public static string? CueStem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        for (var k = 0; k <= 2 && word.Length - k >= 3; k++)
        {
            if (Lexicon.ArabicCues.ContainsKey(NameKey.Of(word[k..])))
            {
                return word[k..];
            }
            if (k < word.Length && !Clitics.Contains(word[k], StringComparison.Ordinal))
            {
                break;
            }
        }
        return null;
    }

    /// <summary>Ends in a possessive pronoun ("عملياتها", "فريقنا"): a common noun, not a name.</summary>
    public static bool HasPronounSuffix(string key) =>
        key.Length > 4 && (key.EndsWith("ها", StringComparison.Ordinal) || key.EndsWith("هم", StringComparison.Ordinal) || key.EndsWith("هما", StringComparison.Ordinal));

    public static bool IsFunctionWord(string key) => Bare(key).Any(Lexicon.ArabicFunctionWords.Contains);

    /// <summary>Written with the article ال (plain alef, so "ألتمان" is not), possibly behind a clitic: "الشركة", "والشركة", "للشركة".</summary>
    public static bool HasArticle(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = new string([.. word.Where(c => c is not 'ـ' && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
        return w.StartsWith("ال", StringComparison.Ordinal) || w.StartsWith("لل", StringComparison.Ordinal)
            || (w.Length > 3 && Clitics.Contains(w[0], StringComparison.Ordinal) && w[1..].StartsWith("ال", StringComparison.Ordinal));
    }

    public static bool IsNisba(string key) => key.StartsWith("ال", StringComparison.Ordinal) && key.Length > 4 && (key.EndsWith('ي') || key.EndsWith("يه", StringComparison.Ordinal));

    /// <summary>
    /// Cuts clitics off the first word of a name, using the Latin form to tell a clitic from a first letter:
    /// "ودانيال" (Daniel) loses its و, "ويندسيرف" (Windsurf) and "فيرجيل" (Virgil) keep theirs.
    /// </summary>
    public static string StripClitics(string word, string? latin)
    {
        ArgumentNullException.ThrowIfNull(word);
        var initial = string.IsNullOrEmpty(latin) ? '\0' : char.ToLowerInvariant(latin.TrimStart('(', '«', '"')[0]);
        for (var round = 0; round < 2 && word.Length > 3; round++)
        {
            var c = NameKey.FoldArabic(word[0]);
            if (word.StartsWith("لل", StringComparison.Ordinal) && initial != 'l')
            {
                return "ال" + word[2..];
            }
            if (!Clitics.Contains(c, StringComparison.Ordinal) || (initial != '\0' && LatinMayStartWith(c, initial)))
            {
                break;
            }
            if (initial == '\0' && c != 'و')
            {
                break; // without a Latin form only و is safe to cut: ب ل ف ك start too many names
            }
            word = word[1..];
            if (initial == '\0')
            {
                break; // and only once: "وكبير" is و + كبير
            }
        }
        return word;
    }

    private static bool LatinMayStartWith(char arabic, char latin) => arabic switch
    {
        'و' => latin is 'w' or 'v',
        'ف' => latin is 'f' or 'v' or 'p',
        'ب' => latin is 'b' or 'p' or 'v',
        'ل' => latin is 'l',
        'ك' => latin is 'k' or 'c' or 'q' or 'g' or 'x',
        _ => false,
    };
}
