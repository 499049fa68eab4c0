using System.Collections.Frozen;
using TalentWatch.Entities;
using TalentWatch.Moves.Languages;

namespace TalentWatch.Moves.Sentences;

/// <summary>One sentence ready for argument resolution: tokens, clause ids, mentions with markers, triggers.</summary>
internal sealed class SentenceContext
{
    private SentenceContext(Sentence sentence, string text, List<MoveToken> tokens, int[] clause, List<MentionSpan> mentions, List<TriggerHit> triggers, MoveLanguage language)
    {
        Sentence = sentence;
        Text = text;
        Tokens = tokens;
        Clause = clause;
        Mentions = mentions;
        Triggers = triggers;
        Language = language;
    }

    public Sentence Sentence { get; }

    /// <summary>The title or body the sentence was cut from.</summary>
    public string Text { get; }

    public List<MoveToken> Tokens { get; }

    /// <summary>Clause number of each token.</summary>
    public int[] Clause { get; }

    public List<MentionSpan> Mentions { get; }

    public List<TriggerHit> Triggers { get; }

    public MoveLanguage Language { get; }

    public string Evidence => Text.Substring(Sentence.Start, Sentence.Length);

    public static SentenceContext Build(string text, Sentence sentence, IReadOnlyList<EntityMention> mentions, MoveLanguage language)
    {
        var tokens = MoveTokenizer.Tokenize(text, sentence);
        var spans = PlaceMentions(text, tokens, sentence, mentions);
        var inMention = new bool[tokens.Count];
        foreach (var span in spans)
        {
            for (var i = span.First; i <= span.Last; i++)
            {
                inMention[i] = true;
            }
        }

        var clause = Clauses(tokens);
        var triggers = TriggerMatcher.Find(tokens, inMention, language);

        // Markers are searched back from a name up to another name or a trigger.
        var blocked = (bool[])inMention.Clone();
        foreach (var hit in triggers)
        {
            for (var i = hit.Start; i < hit.End; i++)
            {
                blocked[i] = true;
            }
        }

        MarkerClassifier.Classify(text, tokens, spans, language, blocked);
        return new SentenceContext(sentence, text, tokens, clause, spans, triggers, language);
    }

    /// <summary>Token range [start, end) of the clause containing token <paramref name="index"/>.</summary>
    public (int Start, int End) ClauseRange(int index)
    {
        var id = Clause[index];
        var start = index;
        while (start > 0 && Clause[start - 1] == id)
        {
            start--;
        }

        var end = index;
        while (end < Clause.Length && Clause[end] == id)
        {
            end++;
        }

        return (start, end);
    }

    public bool AnyWordIn(IReadOnlySet<string> words, int start, int end)
    {
        for (var i = Math.Max(0, start); i < Math.Min(end, Tokens.Count); i++)
        {
            if (ArabicMorph.InSet(words, Tokens[i].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "In June it hired ...", "It recently hired engineers away from X": "it" as the subject of a trigger, with no company
    /// named before it in the sentence, refers to the company the previous sentences were about
    /// (<see cref="DiscourseState.SubjectOrg"/>).
    /// </summary>
    public bool ItSubject(TriggerHit hit)
    {
        // A verb-first language carries "it" in the verb.
        if (Language.VerbFirst)
        {
            return false;
        }

        var (start, _) = ClauseRange(hit.Start);
        for (var i = hit.Start - 1; i >= Math.Max(start, hit.Start - 4); i--)
        {
            var word = Tokens[i].Norm;
            if (word == "it")
            {
                return !Mentions.Exists(m => m.IsOrg && m.Last < i);
            }

            if (!MoveWords.Auxiliaries.Contains(word) && word is not ("has" or "been" or "since"))
            {
                return false;
            }
        }

        return false;
    }

    // Past verbs of recruiting and losing with the subject suffix نا (we): استقطبنا، وظفنا. Not ضمنا ("implicitly";
    // "we added" is ضممنا) and not an imperfect (يستقطبنا: recruits us).
    private static readonly FrozenSet<string> ArabicWeVerbs = MoveWords.Both("grammar", "we-verb");

    private static readonly FrozenSet<string> We = MoveWords.Both("grammar", "we");

    private static readonly FrozenSet<string> CompanySubjects = MoveWords.Both("frames", "company-subject");

    private static readonly FrozenSet<string> StaffConjunctions = MoveWords.Both("grammar", "staff-conjunction");

    /// <summary>
    /// "We hired ...", "we've since lost ...", "قد استقطبنا": the subject of the trigger is "we", a company speaking of
    /// itself (see <see cref="DiscourseState.SpeakerOrg"/>).
    /// </summary>
    public bool WeSubject(TriggerHit hit)
    {
        // A verb-first language carries "we" in the verb, as the suffix نا.
        if (Language.VerbFirst)
        {
            var word = Tokens[hit.Start].Norm;
            return !hit.Trigger.Has(TriggerFlags.Noun) && (ArabicWeVerbs.Contains(word) || (word.Length > 1 && word[0] is 'و' or 'ف' && ArabicWeVerbs.Contains(word[1..])));
        }

        var (start, _) = ClauseRange(hit.Start);
        for (var i = hit.Start - 1; i >= Math.Max(start, hit.Start - 4); i--)
        {
            var word = Tokens[i].Norm;
            if (We.Contains(word))
            {
                return true;
            }

            if (!MoveWords.Auxiliaries.Contains(word) && word is not ("since" or "have"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "The company also tapped ...", "The startup was co-founded by ...", "وعيّنت الشركة ...": the trigger's subject is a
    /// generic company noun, which refers to the company the article is about (<see cref="DiscourseState.TopicOrg"/>).
    /// </summary>
    public bool GenericSubject(TriggerHit hit)
    {
        // Verb first, the subject follows the verb (وعيّنت الشركة).
        if (Language.VerbFirst)
        {
            return hit.End < Tokens.Count && Tokens[hit.End].Norm == "الشركه";
        }

        var (start, _) = ClauseRange(hit.Start);
        for (var i = hit.Start - 1; i >= Math.Max(start, hit.Start - 5); i--)
        {
            var word = Tokens[i].Norm;
            if (Mentions.Exists(m => m.First <= i && i <= m.Last))
            {
                return false;
            }

            if (CompanySubjects.Contains(word))
            {
                return i > 0 && Tokens[i - 1].Norm is "the" or "its";
            }

            if (!MoveWords.Auxiliaries.Contains(word) && word is not ("today" or "has" or "been" or "since"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A staff noun in [start, end) joined by a conjunction to what precedes it ("and some employees of Acme",
    /// "إلى جانب عدد من أعضاء فريق"): staff moving along with named people. A staff word inside a title
    /// ("head of the safety team") has no conjunction before it.
    /// </summary>
    public bool ConjoinedStaff(int start, int end)
    {
        for (var i = Math.Max(0, start); i < Math.Min(end, Tokens.Count); i++)
        {
            if (!ArabicMorph.InSet(MoveWords.Staff, Tokens[i].Norm))
            {
                continue;
            }

            for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
            {
                if (StaffConjunctions.Contains(Tokens[j].Norm) || (Language.AttachedClitics && j == i - 1 && Tokens[j].Norm.StartsWith('و')))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<MentionSpan> PlaceMentions(string text, List<MoveToken> tokens, Sentence sentence, IReadOnlyList<EntityMention> mentions)
    {
        var spans = new List<MentionSpan>();
        foreach (var mention in mentions)
        {
            if (mention.InTitle != sentence.InTitle || mention.Start < sentence.Start || mention.Start + mention.Length > sentence.End)
            {
                continue;
            }

            var first = tokens.FindIndex(t => t.End > mention.Start);
            var last = tokens.FindLastIndex(t => t.Start < mention.Start + mention.Length);
            if (first < 0 || last < first)
            {
                continue;
            }

            var prefix = TextNormalizer.NormalizeName(text[tokens[first].Start..mention.Start]);
            var span = ArabicBeforeLatin(tokens, spans, first, last) is { } arabicFirst
                ? new MentionSpan(mention.Slug, mention.Kind, arabicFirst, last, ConjunctionPrefix(tokens[arabicFirst].Norm))
                : new MentionSpan(mention.Slug, mention.Kind, first, last, prefix);

            // "أوبن إيه آي (OpenAI)": the bracketed repeat is the same mention, not a second argument.
            if (spans.Count > 0 && spans[^1] is { } previous && previous.Slug == span.Slug && OnlyBrackets(tokens, previous.Last + 1, first))
            {
                // "وتوماس بيكر (Tom Becker)" with only the surname known: the given name before it belongs to the mention.
                var missing = (last - first) - (previous.Last - previous.First);
                var start = previous.First;
                while (missing-- > 0 && start > 0 && tokens[start - 1].IsWord && IsArabicWord(tokens[start - 1].Norm)
                       && (spans.Count < 2 || spans[^2].Last < start - 1))
                {
                    start--;
                }

                spans[^1] = start == previous.First
                    ? previous with { Last = last }
                    : new MentionSpan(previous.Slug, previous.Kind, start, last, ConjunctionPrefix(tokens[start].Norm));
                continue;
            }

            if (spans.Count > 0 && spans[^1].Last >= first)
            {
                continue; // overlapping mentions: keep the first (the matcher's longest)
            }

            spans.Add(span);
        }

        return spans;
    }

    /// <summary>
    /// "وإكين دوغوش جوبوك (Ekin Dogus Cubuk)": a known Latin name in brackets after as many Arabic words that no mention
    /// covers is the same name in another spelling; the mention starts at the Arabic words.
    /// </summary>
    private static int? ArabicBeforeLatin(List<MoveToken> tokens, List<MentionSpan> spans, int first, int last)
    {
        if (first < 2 || tokens[first - 1].Norm != "(" || !tokens[first].Norm.All(char.IsAscii))
        {
            return null;
        }

        var words = last - first + 1;
        var start = first - 1;
        for (var i = first - 2; i >= 0 && first - 1 - i <= words; i--)
        {
            if (!tokens[i].IsWord || !IsArabicWord(tokens[i].Norm) || spans.Exists(m => m.First <= i && i <= m.Last))
            {
                break;
            }

            start = i;
        }

        return first - 1 - start == words ? start : null;
    }

    private static bool IsArabicWord(string word) => word.All(c => c >= '\u0600' && c <= '\u06FF');

    // The conjunction on the first word of a name ("وإكين"): what coordination needs to see.
    private static string ConjunctionPrefix(string word) => word.Length > 3 && word[0] == 'و' ? "و" : "";

    private static bool OnlyBrackets(List<MoveToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].IsWord || tokens[i].Norm is not ("(" or ")" or "«" or "»" or "\"" or "“" or "”"))
            {
                return false;
            }
        }

        return true;
    }

    private static int[] Clauses(List<MoveToken> tokens)
    {
        var clause = new int[tokens.Count];
        var id = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Norm is ";" or "؛" || (t.IsWord && MoveWords.ClauseBreaks.Contains(t.Norm)) || IsArabicBreak(tokens, i))
            {
                id++;
            }

            clause[i] = id;
        }

        return clause;
    }

    // "في حين" (whereas) and "غير أن" (however) are two-word clause breaks.
    private static bool IsArabicBreak(List<MoveToken> tokens, int i) =>
        i + 1 < tokens.Count && ((tokens[i].Norm is "في" or "وفي" && tokens[i + 1].Norm == "حين") || (tokens[i].Norm is "غير" && tokens[i + 1].Norm is "ان"));
}
