using TalentWatch.Vocabulary;

namespace TalentWatch.Entities.Discovery;

/// <summary>
/// Names without a Latin form, found after cue words: "شركة ميسترال", "الذي يدعى إيثان نايت", "المدرب آرني سلوت".
/// Persons need two name words (given name and surname); organisations take one word, plus a transliterated "إيه آي"
/// or a Latin name ("شركة xAI"). Words with the article ال, function words and (for organisations) words ending in ة stop a name: they are
/// the common nouns and adjectives that usually follow a cue ("شركة ناشئة", "الرئيس التنفيذي").
/// </summary>
public static class ArabicCuePatterns
{
    /// <summary>Words that tie a name's parts (بن، عبد، فان): the word after one still belongs to the name.</summary>
    internal static readonly HashSet<string> NameLinks = new(["بن", "بنت", "ابن", "ابو", "عبد", "فان", "دي", "دا", "ال"], StringComparer.Ordinal);
    private static readonly HashSet<string> AiWords = new(["ايه", "اي"], StringComparer.Ordinal);

    // Organisation cues that do not introduce a name when written before one: "الشركة انحرفت" (the company strayed),
    // "شركته" (his company), "فريق صغير" (a small team).
    private static readonly HashSet<string> NotBeforeNames = new(["الشركه", "النادي", "شركته", "شركتها", "شركتهما", "فريق", "مجلس"], StringComparer.Ordinal);

    public static List<ArabicFind> Find(List<ArabicToken> tokens, bool inTitle)
    {
        var finds = new List<ArabicFind>();
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (!tokens[i].IsArabic)
            {
                continue;
            }
            var cue = CueAt(tokens, i);
            var start = i + 1;
            if (cue == CueKind.None && Lexicon.ArabicGivenNames.Contains(ArabicWords.StripClitics(tokens[i].Key, null))
                && !(i > 0 && (tokens[i - 1].Text is "«" or "\""
                    || (ArabicWords.Cue(tokens[i - 1].Key) is CueKind.Org or CueKind.Media or CueKind.Skip && !ArabicWords.HasArticle(tokens[i - 1].Text))))
                && PersonAt(tokens, i) is { } named)
            {
                // "مارك زوكربيرغ": a given name and one more name word; not right after an indefinite organisation
                // word, where the person's name names the organisation ("جامعة محمد بن زايد"), but after a definite
                // one it is apposition ("رئيس النادي فهد بن نافل").
                finds.Add(Make(tokens, i, named, EntityKind.Person, inTitle));
                i = named - 1;
                continue;
            }
            if (cue == CueKind.Person)
            {
                while (start < tokens.Count && start - i <= 3 && tokens[start].IsArabic && IsRoleModifier(tokens[start]))
                {
                    start++; // "المدرب الهولندي آرني سلوت", "المدير التنفيذي للشركة توماس براون"
                }
                if (PersonAt(tokens, start, afterCue: true) is { } end)
                {
                    finds.Add(Make(tokens, start, end, EntityKind.Person, inTitle));
                }
            }
            else if (cue == CueKind.Org && !ArabicWords.Bare(tokens[i].Key).Any(NotBeforeNames.Contains) && QuotedNameEnd(tokens, start) is { } quoteEnd)
            {
                finds.Add(Make(tokens, start + 1, quoteEnd, EntityKind.Org, inTitle)); // "شركة «حبة الهيل» السعودية"
            }
            else if (cue == CueKind.Org && !ArabicWords.Bare(tokens[i].Key).Any(NotBeforeNames.Contains) && OrgAt(tokens, start) is { } end
                     && (tokens[start].IsLatin || end - start > 1 || (Occurrences(tokens, tokens[start].Key) > 1 && !SecondHalfOfName(tokens, tokens[start].Key))
                         || (IsCompanyNoun(tokens[i].Key) && end < tokens.Count && tokens[end].Text is "،" or "," or "." && !SecondHalfOfName(tokens, tokens[start].Key))))
            {
                finds.Add(Make(tokens, start, end, EntityKind.Org, inTitle));
            }
        }
        return finds;
    }

    /// <summary>
    /// After an organisation word, a name in quotation marks of up to four words is the organisation's whole name, named
    /// once or not ("شركة «مداد» الناشئة", "مجموعة «الأسواق الحديثة»"): where its closing mark stands, or null.
    /// </summary>
    private static int? QuotedNameEnd(List<ArabicToken> tokens, int start)
    {
        if (start >= tokens.Count || tokens[start].Text != "«" || start + 1 >= tokens.Count || !tokens[start + 1].IsWord
            || (tokens[start + 1].IsArabic && ArabicWords.IsFunctionWord(tokens[start + 1].Key)))
        {
            return null;
        }
        for (var k = start + 1; k < Math.Min(tokens.Count, start + 6); k++)
        {
            if (tokens[k].Text == "»")
            {
                return k > start + 1 ? k : null;
            }
            if (!tokens[k].IsWord)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>A cue for the words that follow; "يدعى" only in "الذي يدعى" (alone it also means "claims").</summary>
    private static CueKind CueAt(List<ArabicToken> tokens, int i)
    {
        var key = tokens[i].Key;
        if (key is "يدعي" or "تدعي")
        {
            return i > 0 && tokens[i - 1].Key is "الذي" or "التي" ? CueKind.Person : CueKind.None;
        }
        return ArabicWords.Cue(key);
    }

    private static int? PersonAt(List<ArabicToken> tokens, int start, bool afterCue = false)
    {
        if (start >= tokens.Count)
        {
            return null;
        }
        var words = 0;
        var k = start;
        // The article is allowed after a known given name ("سارة الخطيب"), in a surname after a person cue ("الباحث
        // الأردني سامر الخطيب") and before بن ("الوليد بن طلال").
        // ("الشريك المؤسس وكبير العلماء": a word with a clitic after the cue starts another phrase).
        var given = Lexicon.ArabicGivenNames.Contains(ArabicWords.StripClitics(tokens[start].Key, null))
            || (afterCue && ArabicWords.StripClitics(tokens[start].Key, null) == tokens[start].Key);
        while (k < tokens.Count && words < 4 && IsNameWord(tokens[k], allowArticle: (words > 0 && given) || (k + 1 < tokens.Count && tokens[k + 1].Key == "بن")))
        {
            words += NameLinks.Contains(tokens[k].Key) ? 0 : 1;
            k++;
            if (words == 2 && (k >= tokens.Count || !NameLinks.Contains(tokens[k].Key)))
            {
                break;
            }
        }
        var taken = tokens.Skip(start).Take(k - start).ToList();
        // "نائب الرئيس لقطاع الصحة": لـ on an unknown first word before a word with the article is a preposition and a
        // noun phrase ("for the health sector"), not a given name and a family name.
        if (taken.Count >= 2 && taken[0].Text.StartsWith('ل') && !Lexicon.ArabicGivenNames.Contains(taken[0].Key) && ArabicWords.HasArticle(taken[1].Text))
        {
            return null;
        }
        return words >= 2 && !NameLinks.Contains(tokens[k - 1].Key) && !FollowedByParenthesis(tokens, k)
            && !taken.Exists(t => AiWords.Contains(t.Key) || ArabicWords.HasPronounSuffix(t.Key) || (afterCue && Lexicon.IsRole(ArabicWords.StripClitics(t.Key, null)))) ? k : null;
    }

    private static int? OrgAt(List<ArabicToken> tokens, int start)
    {
        if (start >= tokens.Count)
        {
            return null;
        }
        var k = start;
        if (tokens[k].IsLatin)
        {
            while (k < tokens.Count && tokens[k].IsLatin && (char.IsUpper(tokens[k].Text[0]) || tokens[k].Text.Skip(1).Any(char.IsUpper)))
            {
                k++;
            }
            return k > start ? k : null;
        }
        if (!IsNameWord(tokens[k], allowArticle: false, forOrg: true) || ArabicWords.HasPronounSuffix(tokens[k].Key))
        {
            return null;
        }
        k++;
        while (k < tokens.Count && tokens[k].IsArabic && AiWords.Contains(tokens[k].Key))
        {
            k++; // "أوبن إيه آي"
        }
        return FollowedByParenthesis(tokens, k) ? null : k;
    }

    private static bool IsNameWord(ArabicToken token, bool allowArticle, bool forOrg = false) =>
        token.IsArabic && token.Key.Length >= 2
        && (allowArticle || !ArabicWords.HasArticle(token.Text))
        && !(forOrg && token.Key.EndsWith('ه')) && !ArabicWords.IsFunctionWord(token.Key) && ArabicWords.Cue(token.Key) == CueKind.None;

    // A name followed (within a few words) by a Latin form is the parenthesis reader's: "شركة سبيس إكس (SpaceX)".
    private static bool FollowedByParenthesis(List<ArabicToken> tokens, int k)
    {
        if (k < tokens.Count && tokens[k].Text == "«")
        {
            return true;
        }
        for (var j = k; j < Math.Min(tokens.Count, k + 3); j++)
        {
            if (tokens[j].Text == "(")
            {
                return true;
            }
            // The word right after may still be part of the name ("كيم جونغ هو (Kim Jong-ho)"); a function word further on ends it.
            if ((!tokens[j].IsArabic && tokens[j].Text is not ("»" or "\"")) || (j > k && tokens[j].IsArabic && ArabicWords.IsFunctionWord(tokens[j].Key)))
            {
                return false;
            }
        }
        return false;
    }

    private static readonly HashSet<string> RoleAdjectives = new(
        new[] { "التنفيذي", "التنفيذية", "المالي", "المالية", "التقني", "التقنية", "السابق", "السابقة", "الجديد", "الجديدة", "المؤقت", "المؤقتة", "المشارك", "المشاركة", "العام", "العامة" }.Select(NameKey.Of),
        StringComparer.Ordinal);

    /// <summary>Words between a role and a name: nationality ("الهولندي"), rank ("التنفيذي") or "of the company" ("للشركة").</summary>
    private static bool IsRoleModifier(ArabicToken token) =>
        (ArabicWords.IsNisba(token.Key) && !ArabicWords.IsFunctionWord(token.Key)) || RoleAdjectives.Contains(token.Key)
        || (ArabicWords.HasArticle(token.Text) && ArabicWords.Cue(token.Key) is CueKind.Org or CueKind.Media);

    /// <summary>"شركة كوالكوم،": after a plain company word, a lone name closed by punctuation is enough (an adjective would end in ة).</summary>
    private static bool IsCompanyNoun(string key) => ArabicWords.Bare(key).Any(b => b is "شركه" or "مجموعه" or "نادي");

    /// <summary>
    /// "إيلون ماسك" twice and then "شركة ماسك" (Musk's company): a word that keeps following the same other word is a
    /// surname, not a company.
    /// </summary>
    private static bool SecondHalfOfName(List<ArabicToken> tokens, string key)
    {
        var before = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].IsArabic && tokens[i - 1].IsArabic && ArabicWords.Bare(tokens[i].Key).Contains(key)
                && !ArabicWords.IsFunctionWord(tokens[i - 1].Key) && ArabicWords.Cue(tokens[i - 1].Key) == CueKind.None)
            {
                var prev = ArabicWords.StripClitics(tokens[i - 1].Key, null);
                before[prev] = before.GetValueOrDefault(prev) + 1;
            }
        }
        return before.Values.Any(n => n >= 2);
    }

    // An Arabic-only organisation found after one cue must be named again: a one-off word after "شركة" is too often an adjective.
    private static int Occurrences(List<ArabicToken> tokens, string key) => tokens.Count(t => t.IsArabic && ArabicWords.Bare(t.Key).Contains(key));

    /// <summary>
    /// "وسام ألتمان" is و + سام when سام is a given name; "وارن بافيت" (Warren Buffett) keeps its و: without a Latin form
    /// only the given-name list can tell.
    /// </summary>
    private static string WithoutConjunction(string word)
    {
        var stripped = ArabicWords.StripClitics(word, null);
        return stripped != word && Lexicon.ArabicGivenNames.Contains(NameKey.Of(stripped)) && !Lexicon.ArabicGivenNames.Contains(NameKey.Of(word)) ? stripped : word;
    }

    private static ArabicFind Make(List<ArabicToken> tokens, int start, int end, EntityKind kind, bool inTitle)
    {
        var words = tokens.GetRange(start, end - start);
        var latin = words.TrueForAll(w => w.IsLatin) ? string.Join(' ', words.Select(w => w.Text)) : null;
        var arabic = latin is null ? string.Join(' ', words.Select((w, n) => n == 0 ? WithoutConjunction(w.Text) : w.Text)) : null;
        return new ArabicFind(latin, arabic, kind, words[0].Start, words[^1].End - words[0].Start, inTitle);
    }
}
