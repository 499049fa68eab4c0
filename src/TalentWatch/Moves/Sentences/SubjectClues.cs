using TalentWatch.Moves.Languages;

namespace TalentWatch.Moves.Sentences;

/// <summary>
/// Subjects a trigger's sentence does not name, but points to: "it", "we" and "the company", which the frames resolve
/// from what earlier sentences said (<see cref="DiscourseState"/>).
/// </summary>
internal static class SubjectClues
{
    /// <summary>
    /// "In June it hired ...", "It recently hired engineers away from X": "it" as the subject of a trigger, with no company
    /// named before it in the sentence, refers to the company the previous sentences were about
    /// (<see cref="DiscourseState.SubjectOrg"/>).
    /// </summary>
    public static bool ItSubject(this SentenceContext s, TriggerHit hit)
    {
        // A verb-first language carries "it" in the verb.
        if (s.Language.VerbFirst)
        {
            return false;
        }

        var (start, _) = s.ClauseRange(hit.Start);
        for (var i = hit.Start - 1; i >= Math.Max(start, hit.Start - 4); i--)
        {
            var word = s.Tokens[i].Norm;
            if (word == "it")
            {
                return !s.Mentions.Exists(m => m.IsOrg && m.Last < i);
            }

            if (!MoveWords.Auxiliaries.Contains(word) && word is not ("has" or "been" or "since"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "MoveWords.We hired ...", "we've since lost ...", "قد استقطبنا": the subject of the trigger is "we", a company speaking of
    /// itself (see <see cref="DiscourseState.SpeakerOrg"/>).
    /// </summary>
    public static bool WeSubject(this SentenceContext s, TriggerHit hit)
    {
        // A verb-first language carries "we" in the verb, as the suffix نا.
        if (s.Language.VerbFirst)
        {
            var word = s.Tokens[hit.Start].Norm;
            return !hit.Trigger.Has(TriggerFlags.Noun) && (MoveWords.WeVerbs.Contains(word) || (word.Length > 1 && word[0] is 'و' or 'ف' && MoveWords.WeVerbs.Contains(word[1..])));
        }

        var (start, _) = s.ClauseRange(hit.Start);
        for (var i = hit.Start - 1; i >= Math.Max(start, hit.Start - 4); i--)
        {
            var word = s.Tokens[i].Norm;
            if (MoveWords.We.Contains(word))
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
    public static bool GenericSubject(this SentenceContext s, TriggerHit hit)
    {
        // Verb first, the subject follows the verb (وعيّنت الشركة), or stands before it with only كان and قد between
        // ("وكان المعهد قد استقطب").
        if (s.Language.VerbFirst)
        {
            if (hit.End < s.Tokens.Count && ArabicMorph.InSet(MoveWords.CompanySubjects, s.Tokens[hit.End].Norm))
            {
                return true;
            }
            var before = hit.Start - 1;
            while (before >= 0 && (ArabicMorph.InSet(MoveWords.Was, s.Tokens[before].Norm) || s.Tokens[before].Norm == "قد"))
            {
                before--;
            }
            return before >= 0 && before < hit.Start - 1 && ArabicMorph.InSet(MoveWords.CompanySubjects, s.Tokens[before].Norm)
                && !s.Mentions.Exists(m => m.First <= before && before <= m.Last);
        }

        var (start, _) = s.ClauseRange(hit.Start);
        for (var i = hit.Start - 1; i >= Math.Max(start, hit.Start - 5); i--)
        {
            var word = s.Tokens[i].Norm;
            if (s.Mentions.Exists(m => m.First <= i && i <= m.Last))
            {
                return false;
            }

            if (MoveWords.CompanySubjects.Contains(word))
            {
                return i > 0 && s.Tokens[i - 1].Norm is "the" or "its";
            }

            if (!MoveWords.Auxiliaries.Contains(word) && word is not ("today" or "has" or "been" or "since"))
            {
                return false;
            }
        }

        return false;
    }
}
