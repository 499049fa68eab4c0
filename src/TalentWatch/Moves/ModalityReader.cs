using System.Collections.Frozen;
using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves;

/// <summary>Reads negation, modality and attempt cues in the words before a trigger (and counterfactuals in its clause).</summary>
internal static class ModalityReader
{
    /// <summary>How many words before the trigger are searched for cues; farther words usually belong to another verb.</summary>
    public const int Window = 6;

    /// <summary>An attempt word governs only a trigger right after it ("tried to join", محاولة استقطاب), not one a clause later.</summary>
    public const int AttemptWindow = 3;

    public static Modality Read(SentenceContext sentence, TriggerHit hit)
    {
        var tokens = sentence.Tokens;
        var (clauseStart, _) = sentence.ClauseRange(hit.Start);

        // A conditional before the trigger in its clause (if he joins, لو لم ينتقل, لولا أن ...) is not a fact; the
        // consequent (كان سينضم ... لولا) is caught by كان + سـ below.
        for (var i = clauseStart; i < hit.Start; i++)
        {
            if (In(MoveWords.Conditionals, tokens[i]))
            {
                return Modality.Hypothetical;
            }
        }

        var result = Modality.Asserted;
        var from = Math.Max(clauseStart, hit.Start - Window);
        for (var i = hit.Start - 1; i >= from; i--)
        {
            var word = tokens[i].Norm;
            var core = Core(tokens[i]);
            // "لم يوقف ذلك النزيف، إذ انتقل X": in Arabic a negation or a plan before a comma belongs to another verb
            // (English puts asides between a negation and its verb: "did not, in the end, join").
            if (sentence.Language.VerbFirst && word is "،" or ",")
            {
                break;
            }

            if (word.EndsWith("n't", StringComparison.Ordinal) || In(MoveWords.Negation, tokens[i]))
            {
                // "لا" negates only the verb right after it ("حتى لا يرحلوا"), not a noun further on.
                if ((word == "لا" || core == "لا") && i < hit.Start - 1)
                {
                    continue;
                }

                return Modality.Negated;
            }

            if (word is "have" && i > 0 && tokens[i - 1].Norm is "would" or "could" or "might" or "should")
            {
                return Modality.Hypothetical;
            }

            // "was going to join" is an unrealised plan; "is going to join" an announcement.
            if (word is "going" && i > 0 && tokens[i - 1].Norm is "was" or "were")
            {
                return Modality.Hypothetical;
            }

            // "May 14" and "in May" are dates, not the modal.
            if (word == "may" && IsDate(tokens, i))
            {
                continue;
            }

            if (In(MoveWords.Speculation, tokens[i]))
            {
                // Arabic قد before a past verb means "has already" (كانت قد استقطبت), before a present verb "may"; it
                // governs only the verb right after it ("قد غادرت الشركة لتنضم").
                if (core == "قد" && (i < hit.Start - 1 || !IsImperfect(tokens[hit.Start].Norm, hit.Prefix)))
                {
                    continue;
                }

                result = Max(result, Modality.Speculative);
            }
            else if (In(MoveWords.Attempts, tokens[i]) && Governs(tokens, i, hit.Start))
            {
                result = Max(result, Modality.Attempt);
            }
        }

        // كان سـ + verb: "was going to" in Arabic, an unrealised intention.
        if (hit.Prefix.Contains('س', StringComparison.Ordinal))
        {
            for (var i = Math.Max(clauseStart, hit.Start - 4); i < hit.Start; i++)
            {
                if (ArabicMorph.InSet(MoveWords.Was, tokens[i].Norm))
                {
                    return Modality.Hypothetical;
                }
            }
        }

        return result;
    }

    // An attempt word governs the trigger when only "to"/"and failed to" or an Arabic preposition stands between
    // them ("tried to join", "failed to lure", محاولة استقطاب، في محاولة لاستقطابهم); "efforts, has defected" is no attempt.
    private static bool Governs(List<MoveToken> tokens, int attempt, int trigger)
    {
        if (trigger - attempt > AttemptWindow)
        {
            return false;
        }

        for (var i = attempt + 1; i < trigger; i++)
        {
            if (!MoveWords.AttemptLinks.Contains(tokens[i].Norm))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDate(List<MoveToken> tokens, int i) =>
        (i + 1 < tokens.Count && tokens[i + 1].Norm.All(char.IsAsciiDigit))
        || (i > 0 && MoveWords.MayDatePrepositions.Contains(tokens[i - 1].Norm));

    private static Modality Max(Modality a, Modality b) => (int)a >= (int)b ? a : b;

    private static bool IsImperfect(string token, string prefix)
    {
        var stem = token[prefix.Length..];
        // First-person أ (folded to ا) is rare in news and would make every past verb in ا (انضم) look imperfect.
        return stem.Length > 0 && stem[0] is 'ي' or 'ت' or 'ن';
    }

    // Word first: the clitic split may cut a real first letter (لولا is not ل + ولا).
    private static bool In(FrozenSet<string> set, MoveToken token) => ArabicMorph.InSet(set, token.Norm);

    private static string Core(MoveToken token) => ArabicMorph.Split(token.Norm).Core;
}
