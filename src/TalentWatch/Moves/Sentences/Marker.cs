namespace TalentWatch.Moves.Sentences;

/// <summary>The grammatical role a mention's neighbourhood gives it (preposition, possessive, title).</summary>
internal enum Marker
{
    /// <summary>No marker: subject or direct object.</summary>
    None,

    /// <summary>from, من، عن.</summary>
    From,

    /// <summary>to, into, إلى، لصالح، ل.</summary>
    To,

    /// <summary>at, in, في، لدى: where someone works.</summary>
    At,

    /// <summary>by: agent of a passive.</summary>
    By,

    /// <summary>for: destination after "left", employer after "work".</summary>
    For,

    /// <summary>with, مع: a companion, not the mover.</summary>
    With,

    /// <summary>"Tesla's engineers", مهندسي تسلا, "researchers of": whose staff.</summary>
    Staff,

    /// <summary>"CEO of OpenAI", الرئيس التنفيذي لشركة, "OpenAI co-founder X": a title, not a move.</summary>
    RoleOf,

    /// <summary>Where news was published or said (عبر منصة إكس، according to, told Bloomberg): never an argument.</summary>
    Source,

    /// <summary>Possessor of another organisation ("Google's DeepMind"): the head noun is the argument.</summary>
    Possessor,

    /// <summary>of: weak genitive.</summary>
    Of,

    /// <summary>Coordinated with the previous mention (and, و، comma): inherits its marker.</summary>
    Conj,
}
