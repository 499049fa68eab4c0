using TalentWatch.Entities;

namespace TalentWatch.Moves;

/// <summary>How a trigger is asserted. Negated and hypothetical moves did not happen; plans and attempts are not joins.</summary>
internal enum Modality
{
    Asserted,

    /// <summary>tried to, محاولة: an attempt. Counts for poaching (the README counts attempts), not for a join.</summary>
    Attempt,

    /// <summary>plans, in talks, considering, may, يدرس، محادثات: not (yet) a move.</summary>
    Speculative,

    /// <summary>did not, never, denied, لم، نفى.</summary>
    Negated,

    /// <summary>would have, if, كان سينضم ... لولا.</summary>
    Hypothetical,
}

/// <summary>Reads negation, modality and attempt cues in the words before a trigger (and counterfactuals in its clause).</summary>
internal static class ModalityReader
{
    /// <summary>How many words before the trigger are searched for cues; farther words usually belong to another verb.</summary>
    public const int Window = 6;

    /// <summary>An attempt word governs only a trigger right after it ("tried to join", محاولة استقطاب), not one a clause later.</summary>
    public const int AttemptWindow = 3;

    private static readonly HashSet<string> Negation = Set(
        "not", "never", "no", "denied", "denies", "deny", "denying", "declined", "refused", "rejected", "nor",
        "لم", "لن", "ليس", "ليست", "نفى", "نفت", "ينفي", "تنفي", "نفي", "رفض", "رفضت", "يرفض", "ترفض", "لا");

    private static readonly HashSet<string> Was = Set("كان", "كانت", "كانوا");

    private static readonly HashSet<string> Hypothesis = Set("if", "unless", "whether", "لو", "لولا");

    private static readonly HashSet<string> Speculation = Set(
        "may", "might", "could", "considering", "consider", "considered", "considers", "weighing", "weighs", "talks",
        "rumored", "rumoured", "rumors", "rumours", "speculation", "plans", "planned", "planning", "plan", "intends",
        "intend", "intended", "ينوي", "تنوي", "نيه", "threatened", "threatening", "threatens", "fears", "fear", "feared", "expected", "likely",
        "possible", "possibly", "potential", "negotiating", "negotiations", "discussions", "mulling", "eyeing", "linked", "tipped",
        "ربطت", "ربط", "تربط", "يربط", "ترشيحات",
        "قد", "يدرس", "تدرس", "درس", "درست", "يفكر", "تفكر", "يعتزم", "تعتزم", "اعتزام", "يخطط", "تخطط", "خطط", "ربما",
        "محتمل", "محتمله", "احتمال", "امكانيه", "شائعات", "تكهنات", "محادثات", "مفاوضات", "يتفاوض", "تتفاوض", "مخاوف",
        "يتوقع", "متوقع", "مرشح", "مرشحه", "تهدد", "يهدد", "هدد");

    private static readonly HashSet<string> Attempts = Set(
        "tried", "tries", "trying", "try", "attempt", "attempts", "attempted", "attempting", "effort", "efforts", "sought",
        "seeking", "seeks", "offered", "offering", "offers", "wants", "wanted", "hoping", "bid", "push", "campaign", "failed", "fails",
        "محاوله", "محاولات", "يحاول", "تحاول", "حاول", "حاولت", "مساعي", "جهود", "سعت", "تسعى", "يسعى", "عرض", "عرضت",
        "عروض", "حمله", "لمحاوله");

    public static Modality Read(IReadOnlyList<MoveToken> tokens, int triggerStart, int triggerEnd, int clauseStart, int clauseEnd, string triggerPrefix)
    {
        // A conditional before the trigger in its clause (if he joins, لو لم ينتقل, لولا أن ...) is not a fact; the
        // consequent (كان سينضم ... لولا) is caught by كان + سـ below.
        for (var i = clauseStart; i < triggerStart; i++)
        {
            if (In(Hypothesis, tokens[i]))
            {
                return Modality.Hypothetical;
            }
        }

        var result = Modality.Asserted;
        var from = Math.Max(clauseStart, triggerStart - Window);
        for (var i = triggerStart - 1; i >= from; i--)
        {
            var word = tokens[i].Norm;
            var core = Core(tokens[i]);
            if (word.EndsWith("n't", StringComparison.Ordinal) || In(Negation, tokens[i]))
            {
                // "لا" negates only the verb right after it ("حتى لا يرحلوا"), not a noun further on.
                if ((word == "لا" || core == "لا") && i < triggerStart - 1)
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

            if (In(Speculation, tokens[i]))
            {
                // Arabic قد before a past verb means "has already" (كانت قد استقطبت), before a present verb "may".
                if (core == "قد" && !IsImperfect(tokens[triggerStart].Norm, triggerPrefix))
                {
                    continue;
                }

                result = Max(result, Modality.Speculative);
            }
            else if (In(Attempts, tokens[i]) && Governs(tokens, i, triggerStart))
            {
                result = Max(result, Modality.Attempt);
            }
        }

        // كان سـ + verb: "was going to" in Arabic, an unrealised intention.
        if (triggerPrefix.Contains('س', StringComparison.Ordinal))
        {
            for (var i = Math.Max(clauseStart, triggerStart - 4); i < triggerStart; i++)
            {
                if (ArabicMorph.InSet(Was, tokens[i].Norm))
                {
                    return Modality.Hypothetical;
                }
            }
        }

        return result;
    }

    // An attempt word governs the trigger when only "to"/"and failed to" or an Arabic preposition stands between
    // them ("tried to join", "failed to lure", محاولة استقطاب، في محاولة لاستقطابهم); "efforts, has defected" is no attempt.
    private static bool Governs(IReadOnlyList<MoveToken> tokens, int attempt, int trigger)
    {
        if (trigger - attempt > AttemptWindow)
        {
            return false;
        }

        for (var i = attempt + 1; i < trigger; i++)
        {
            if (tokens[i].Norm is not ("to" or "في" or "علي" or "من" or "الى" or "ل"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDate(IReadOnlyList<MoveToken> tokens, int i) =>
        (i + 1 < tokens.Count && tokens[i + 1].Norm.All(char.IsAsciiDigit))
        || (i > 0 && tokens[i - 1].Norm is "in" or "on" or "since" or "last" or "early" or "late" or "mid" or "until" or "by");

    private static Modality Max(Modality a, Modality b) => (int)a >= (int)b ? a : b;

    private static bool IsImperfect(string token, string prefix)
    {
        var stem = token[prefix.Length..];
        // First-person أ (folded to ا) is rare in news and would make every past verb in ا (انضم) look imperfect.
        return stem.Length > 0 && stem[0] is 'ي' or 'ت' or 'ن';
    }

    // Word first: the clitic split may cut a real first letter (لولا is not ل + ولا).
    private static bool In(HashSet<string> set, MoveToken token) => ArabicMorph.InSet(set, token.Norm);

    private static string Core(MoveToken token) => ArabicMorph.Split(token.Norm).Core;

    private static HashSet<string> Set(params string[] words) =>
        new(words.Select(TextNormalizer.NormalizeName), StringComparer.Ordinal);
}
