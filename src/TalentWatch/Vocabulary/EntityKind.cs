namespace TalentWatch.Vocabulary;

/// <summary>What an entity is: a person or an organisation (company, lab, university, club, agency).</summary>
public enum EntityKind
{
    Person,
    Org,
}
