using TalentWatch.Vocabulary;

namespace TalentWatch.Entities.Discovery;

/// <summary>
/// "انضمام ثلاثة باحثين، هم: توماش نوفاك …، وليو يانغ …"، "ومنهم راغو نارايانان من أمازون، وكاتارينا فوغل من إنفيديا":
/// the items of a list that follows "هم:", "منهم", "بينهم", "أبرزهم", "كلاً من" or "أسسها" are people, even new ones with no title
/// word and no given name the lexicon knows. Each item is the first two name words after the cue or after a list
/// separator (a comma, or و on the next name); what follows a name up to the next separator is its description.
/// </summary>
public static class ArabicListNames
{
    private const int MaxItems = 10;
    private const int MaxDescription = 16;

    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal) { "منهم", "بينهم", "ابرزهم", "منهن", "بينهن" };

    // "التي أسسها يوناس أندروليس وشريكه": a founding verb carrying its company as a pronoun names its founders right
    // after it; more founders only with و (after a comma the sentence goes on: "، فقد غيّرت").
    private static readonly HashSet<string> FoundedIt = new(StringComparer.Ordinal) { "اسسها", "اسسه", "اسستها", "اسسته", "اسسهما", "اسسوها", "اسساها" };

    public static List<ArabicFind> Find(List<ArabicToken> tokens, bool inTitle)
    {
        var finds = new List<ArabicFind>();
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (ListStart(tokens, i) is not { } start)
            {
                continue;
            }
            var foundersOnly = IsIn(FoundedIt, tokens[i]);
            var next = start;
            for (var item = 0; item < MaxItems && next < tokens.Count; item++)
            {
                if (NameAt(tokens, next, inTitle) is not { } name)
                {
                    break;
                }
                finds.Add(name.Find);
                next = foundersOnly ? (ConjoinedAt(tokens, name.End) && NameStartsAt(tokens, name.End) ? name.End : -1) : NextItem(tokens, name.End);
                if (next < 0)
                {
                    break;
                }
            }
            i = Math.Max(i, next - 1);
        }
        return finds;
    }

    // Where the list's first item starts, if token i opens one.
    private static int? ListStart(List<ArabicToken> tokens, int i)
    {
        if (IsIn(Cues, tokens[i]) || IsIn(FoundedIt, tokens[i]))
        {
            return i + 1 < tokens.Count && tokens[i + 1].Text is ":" ? i + 2 : i + 1;
        }
        if (tokens[i].Key == "هم" && i + 1 < tokens.Count && tokens[i + 1].Text == ":")
        {
            return i + 2;
        }
        if (tokens[i].Key is "كلا" or "كل" && i + 1 < tokens.Count && tokens[i + 1].Key == "من")
        {
            return i + 2;
        }
        return null;
    }

    private static (ArabicFind Find, int End)? NameAt(List<ArabicToken> tokens, int start, bool inTitle)
    {
        start = AfterDescriptors(tokens, start);
        if (!NameStartsAt(tokens, start))
        {
            return null;
        }
        var first = tokens[start];
        // "وكاتارينا فوغل": the conjunction that joins the item to the list is not part of the name.
        var skip = first.Text.Length > 3 && first.Text[0] == 'و' && !Lexicon.ArabicGivenNames.Contains(first.Key) ? 1 : 0;
        var last = start + 1;
        // "كريم بن عمر", "نورهان عبد العزيز": a name link takes the word after it too.
        while (last + 1 < tokens.Count && ArabicCuePatterns.NameLinks.Contains(tokens[last].Key) && tokens[last + 1].IsArabic && !ArabicWords.IsFunctionWord(tokens[last + 1].Key))
        {
            last++;
        }
        var begin = first.Start + skip;
        var end = tokens[last].End;
        var arabic = first.Text[skip..] + " " + string.Join(' ', tokens.Skip(start + 1).Take(last - start).Select(t => t.Text));
        return (new ArabicFind(null, arabic, EntityKind.Person, begin, end - begin, inTitle), last + 1);
    }

    // "بينهم التونسي كريم بن عمر", "المهندسة المصرية نورهان": a title and a nationality before the name describe it.
    private static int AfterDescriptors(List<ArabicToken> tokens, int start)
    {
        var k = start;
        while (k < Math.Min(tokens.Count, start + 3) && tokens[k].IsArabic && ArabicWords.HasArticle(tokens[k].Text)
               && (ArabicWords.IsNisba(ArabicWords.StripClitics(tokens[k].Key, null)) || Lexicon.IsRole(ArabicWords.StripClitics(tokens[k].Key, null))))
        {
            k++;
        }
        return k;
    }

    // As written or without its clitics (وبينهم، فمنهم).
    private static bool IsIn(HashSet<string> words, ArabicToken token) =>
        words.Contains(token.Key) || words.Contains(ArabicWords.StripClitics(token.Key, null));

    private static bool ConjoinedAt(List<ArabicToken> tokens, int k) =>
        k < tokens.Count && (tokens[k].Key == "و" || (tokens[k].IsArabic && tokens[k].Text.Length > 3 && tokens[k].Text[0] == 'و'));

    // Two name words; the second may carry the article, as family names often do (سلمى الشريف، عمر الدباغ).
    private static bool NameStartsAt(List<ArabicToken> tokens, int start) =>
        start + 1 < tokens.Count && IsNameWord(tokens[start]) && IsNameWord(tokens[start + 1], allowArticle: true);

    // A name word: Arabic, no article, not a function or cue word, no attached pronoun.
    /// <summary>A word of a person's name where no cue vouches for it (list items, appositions).</summary>
    internal static bool IsNameWord(ArabicToken token, bool allowArticle = false) =>
        token.IsArabic && token.Key.Length >= 2 && (allowArticle || !ArabicWords.HasArticle(token.Text)) && !ArabicWords.IsFunctionWord(token.Key)
        && ArabicWords.Cue(token.Key) == CueKind.None && !ArabicWords.HasPronounSuffix(token.Key) && !Lexicon.IsRole(ArabicWords.StripClitics(token.Key, null));

    // After an item's description: the next item starts after a comma, or at a word carrying و; the list ends at a full stop.
    private static int NextItem(List<ArabicToken> tokens, int from)
    {
        var described = false;
        for (var k = from; k < Math.Min(tokens.Count, from + MaxDescription); k++)
        {
            var text = tokens[k].Text;
            if (text is "." or "؛" or ";" or ":" or "(")
            {
                return -1;
            }
            // A comma also sets off an item's description ("أرجون ميهتا، المهندس السابق في غوغل، وبافل كوزلوف"): after the
            // first comma the next item starts right away; after a later one only with و, which joins list items.
            var afterComma = k + 1 < tokens.Count && tokens[k + 1].Key == "و" ? k + 2 : k + 1;
            if (text is "،" or "," && (!described || ConjoinedAt(tokens, k + 1)) && NameStartsAt(tokens, afterComma))
            {
                return afterComma;
            }
            if (text is "،" or ",")
            {
                described = true;
            }
            if (tokens[k].IsArabic && text.Length > 3 && text[0] == 'و' && NameStartsAt(tokens, k))
            {
                return k;
            }
        }
        return -1;
    }
}
