namespace TalentWatch.Vocabulary;

/// <summary>
/// What kind of organisation a name is, so the directory can keep the companies people move between apart from the
/// universities they come from, the outlets that report it and the regulators that watch it. Names without one in
/// the catalog (discovered or added by an administrator) count as companies.
/// </summary>
public enum OrgSector
{
    /// <summary>Companies, AI labs and investors.</summary>
    Company,

    /// <summary>Universities and academic research institutes.</summary>
    University,

    /// <summary>News outlets.</summary>
    Media,

    /// <summary>Governments, regulators and public agencies.</summary>
    PublicBody,
}
