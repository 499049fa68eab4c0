namespace TalentWatch.Vocabulary;

/// <summary>
/// Where an event stands with the editors. Any state but <see cref="New"/> is the editor's version: extraction run
/// again (a reprocess, a catalog change) adds reports to it but changes none of its fields.
/// </summary>
public enum ReviewStatus
{
    /// <summary>As extracted; nobody has looked at it.</summary>
    New = 0,

    /// <summary>An editor checked it and it is right.</summary>
    Confirmed = 1,

    /// <summary>An editor found it wrong: no public view shows it, and the same report extracted again stays with it.</summary>
    Rejected = 2,

    /// <summary>An editor changed its type, person, companies, role or date.</summary>
    Corrected = 3,
}
