namespace TalentWatch.Moves.Languages;

/// <summary>What else a trigger needs or is (the flags column of triggers.txt).</summary>
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

    /// <summary>"made the same move", حذا حذوه: the movers repeat the join told just before, with its origin and destination.</summary>
    RepeatsLastJoin = 32,
}
