using TalentWatch.Vocabulary;

namespace TalentWatch.Entities.Discovery;

/// <summary>
/// The kind of a name given with its Latin form in Arabic text: the Latin form's shape (organisation words, brand
/// casing, a given name), the cue word before the Arabic form ("نادي", "المدرب", "روبوت الدردشة"), the word after the
/// parenthesis ("، الرئيس التنفيذي", "المنافسة"), and, when nothing tells, the number of words.
/// </summary>
public static class ArabicParenthesisKind
{
    private static readonly HashSet<string> PersonAfter = Keys(
        "الرئيس", "رئيس", "الرئيسة", "رئيسة", "المؤسس", "مؤسس", "الشريك", "أحد", "الذي", "مدير", "مديرة", "المدير", "كبير",
        "الباحث", "المستثمر", "عضو", "نائب", "نجم", "لاعب", "مدرب");

    // Feminine adjectives agree with an unwritten شركة: "أنثروبيك (Anthropic) المنافسة".
    private static readonly HashSet<string> OrgAfter = Keys(
        "المتخصصة", "الناشئة", "المنافسة", "المملوكة", "التابعة", "الأمريكية", "الصينية", "الفرنسية", "البريطانية", "العملاقة",
        "المطورة", "المالكة");

    private static HashSet<string> Keys(params string[] words) => new(words.Select(NameKey.Of), StringComparer.Ordinal);

    /// <summary>The kind, and whether it was only guessed from the number of words.</summary>
    public static (EntityKind? Kind, bool Guessed) Of(List<ArabicToken> tokens, int before, int close, List<Token> latin, bool quoted)
    {
        var cue = CueBefore(tokens, before);
        if (cue == CueKind.Skip || (!quoted && Lexicon.NonNameEndings.Contains(latin[^1].Key) && !Lexicon.OrgHeads.Contains(latin[0].Key)))
        {
            return (null, false); // a product, or an event, venue or place: "كأس العالم للأندية (Club World Cup)"
        }
        if (Lexicon.OrgSuffixes.Contains(latin[^1].Key) || Lexicon.OrgHeads.Contains(latin[0].Key) || latin.Exists(t => t.IsCamel) || latin.TrueForAll(t => t.IsAllCaps))
        {
            return (EntityKind.Org, false);
        }
        if (latin.Count > 1 && Lexicon.IsGivenName(latin[0].Key) && !quoted)
        {
            return (EntityKind.Person, false);
        }
        if (cue is CueKind.Org or CueKind.Media)
        {
            return (EntityKind.Org, false);
        }
        if (cue == CueKind.Person && !quoted)
        {
            return (EntityKind.Person, false);
        }
        if (latin.Exists(t => Lexicon.Places.Contains(t.Key)))
        {
            return (EntityKind.Org, true); // "(Inter Milan)", "(Boston Scientific)": a place inside a name makes it an institution
        }
        var next = close + 1 < tokens.Count && tokens[close + 1].Text is "،" or "," ? close + 2 : close + 1;
        if (next < tokens.Count && tokens[next].IsArabic)
        {
            var key = tokens[next].Key;
            if (ArabicWords.Bare(key).Any(PersonAfter.Contains) && !quoted)
            {
                return (EntityKind.Person, false);
            }
            if (OrgAfter.Contains(key))
            {
                return (EntityKind.Org, false);
            }
        }
        if (!quoted && latin.Exists(t => Lexicon.CommonWords.Contains(t.Key)))
        {
            return (null, false); // "(Deep Learning)": a term
        }
        // With no clue, a single word is a brand or a club; several capitalised words a person — unless quoted, as titles are.
        return (latin.Count == 1 || quoted ? EntityKind.Org : EntityKind.Person, true);
    }

    /// <summary>The nearest cue among the three words before the name, looking past nisba adjectives and guillemets.</summary>
    public static CueKind CueBefore(List<ArabicToken> tokens, int index)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var seen = 0;
        for (var k = index; k >= 0 && seen < 3; k--)
        {
            if (tokens[k].Text is "«" or "\"" or "“")
            {
                continue;
            }
            if (!tokens[k].IsArabic)
            {
                break;
            }
            var cue = ArabicWords.Cue(tokens[k].Key);
            if (cue != CueKind.None)
            {
                return cue;
            }
            if (ArabicWords.IsFunctionWord(tokens[k].Key))
            {
                break; // "الشركة بعد انتقال يان لايكه": a cue beyond a preposition or verb belongs to another phrase
            }
            seen++;
        }
        return CueKind.None;
    }
}
