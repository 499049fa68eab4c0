namespace TalentWatch.Entities.Discovery;

// Placeholder until discovery lands.
public static class EntityDiscovery
{
    public static IReadOnlyList<DiscoveredEntity> Discover(string title, string text, string language, IReadOnlyList<EntityMention> known) => [];
}

public sealed record DiscoveredEntity(string Name, string? NameAr, EntityKind Kind, IReadOnlyList<string> Aliases, string Sentence, int Count, int FirstOffset, bool InTitle);
