using TalentWatch.Entities;

namespace TalentWatch.Moves.Languages;

/// <summary>Who does what around a trigger; decides which mention fills which slot.</summary>
internal enum TriggerFrame
{
    /// <summary>A person acts (joins, leaves, founds): person = subject, the object organisation = to / from / founded.</summary>
    PersonMoves,

    /// <summary>An organisation takes on a person (hired, appointed, ضمت): subject org = to, object = person.</summary>
    OrgHires,

    /// <summary>An organisation goes after another's staff (poached, استقطاب): subject org = to, staff-of org = from.</summary>
    OrgRecruits,

    /// <summary>A company loses people to a rival (lost researchers to Anthropic, خسرت ... لصالح ميتا): subject = from, "to" = to.</summary>
    OrgLoses,

    /// <summary>Someone takes a person's post (replacing X, خلفًا لـ X): X leaves the company named before.</summary>
    Replaces,

    /// <summary>An organisation keeps its staff (raised pay, زيادة الرواتب): the staff's org = from, rival = to.</summary>
    Retains,
}

[Flags]
internal enum TriggerFlags
{
    None = 0,

    /// <summary>Arabic verbal noun (masdar): may carry the article, and its agent usually follows it.</summary>
    Noun = 1,

    /// <summary>Too general alone (keep, الحفاظ على): counts only with staff words (engineers, موظفي) in the clause.</summary>
    NeedsStaff = 2,

    /// <summary>Appointment (named, تعيين): a person introduced by a title of the same company is a promotion, not a move.</summary>
    Appointment = 4,

    /// <summary>Counts only after a persuasion verb earlier in the sentence ("persuade ... to stay", إقناع ... بالبقاء).</summary>
    NeedsPersuasion = 8,

    /// <summary>Object must be a company named right after the trigger (launched/started: "launched a new car" is no founding).</summary>
    NeedsDirectOrg = 16,
}

/// <summary>A lexicon entry: a word sequence in TextNormalizer form; "*" skips up to two words.</summary>
internal sealed record Trigger(MoveType Type, TriggerFrame Frame, string[] Words, double Strength, TriggerFlags Flags)
{
    public bool Has(TriggerFlags flag) => (Flags & flag) != 0;

    public static Trigger Create(MoveType type, TriggerFrame frame, double strength, TriggerFlags flags, string pattern) =>
        new(type, frame, pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w == "*" ? w : TextNormalizer.NormalizeName(w)).ToArray(), strength, flags);
}
