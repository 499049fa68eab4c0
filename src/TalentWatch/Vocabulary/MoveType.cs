namespace TalentWatch.Vocabulary;

/// <summary>The kinds of talent move the corpus annotates (see shared/corpus/README.md).</summary>
public enum MoveType
{
    /// <summary>A person starts at an organisation (To); From when the text names the previous employer.</summary>
    Join,

    /// <summary>A person leaves an organisation (From) with no company destination.</summary>
    Leave,

    /// <summary>A person founds or co-founds an organisation (To).</summary>
    Found,

    /// <summary>An organisation (To) recruits, or tries to recruit, staff of another (From).</summary>
    Poach,

    /// <summary>An organisation (From) acts to keep its staff; To is the rival, when named.</summary>
    Retain,
}
