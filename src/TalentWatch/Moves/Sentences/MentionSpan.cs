using TalentWatch.Entities;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Sentences;

/// <summary>An entity mention placed on sentence tokens [First, Last], with the role marker its context gives it.</summary>
internal sealed record MentionSpan(string Slug, EntityKind Kind, int First, int Last, string Prefix)
{
    public Marker Marker { get; set; }

    public bool IsPerson => Kind == EntityKind.Person;

    public bool IsOrg => Kind == EntityKind.Org;
}
