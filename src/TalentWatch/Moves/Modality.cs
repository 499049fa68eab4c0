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
