namespace TalentWatch.Entities;

// Placeholder until the matching engine lands.
public sealed class EntityMatcher(IReadOnlyList<CatalogEntry> catalog)
{
    public int Count => catalog.Count;

    public IReadOnlyList<EntityMention> Match(string title, string text) => throw new NotImplementedException();

    public static IReadOnlyList<EntityCount> Summarize(IReadOnlyList<EntityMention> mentions) => throw new NotImplementedException();
}

public sealed record EntityMention(string Slug, EntityKind Kind, int Start, int Length, bool InTitle, string Surface);

public sealed record EntityCount(string Slug, EntityKind Kind, int Count, int FirstOffset, bool InTitle);
