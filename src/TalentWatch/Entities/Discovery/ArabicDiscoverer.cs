namespace TalentWatch.Entities.Discovery;

public static class ArabicDiscoverer
{
    public static List<EntityDraft> Discover(string title, string text, IReadOnlyList<EntityMention> known) => [];
}
