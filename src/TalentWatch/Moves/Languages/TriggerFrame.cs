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
