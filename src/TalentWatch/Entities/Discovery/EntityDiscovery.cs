namespace TalentWatch.Entities.Discovery;

/// <summary>
/// Finds the people and organisations an article names that the catalog does not know yet, in English and Arabic,
/// for an admin to review and add. Places, titles, dates, products and sentence-initial words are left out: a wrong
/// discovery costs an admin's time, so precision matters as much as recall.
/// </summary>
public static class EntityDiscovery
{
    /// <param name="language">"en" or "ar" (a prefix such as "ar-EG" works); anything else is read as English.</param>
    /// <param name="known">Catalog mentions already found in this title and text; discoveries never overlap them.</param>
    public static IReadOnlyList<DiscoveredEntity> Discover(string title, string text, string language, IReadOnlyList<EntityMention> known)
    {
        title ??= string.Empty;
        text ??= string.Empty;
        known ??= [];
        var drafts = (language ?? string.Empty).StartsWith("ar", StringComparison.OrdinalIgnoreCase)
            ? ArabicDiscoverer.Discover(title, text, known)
            : EnglishDiscoverer.Discover(title, text, known);
        return [.. drafts
            .Where(d => !KnownFilter.KnowsName(known, NameKey.Of(d.Name)))
            .Where(d => !Lexicon.IsProduct(NameKey.Of(d.Name)) && (d.NameAr is null || !Lexicon.IsProduct(NameKey.Of(d.NameAr))))
            .Select(d => d.Build())
            .OrderBy(e => e.InTitle ? 0 : 1).ThenBy(e => e.FirstOffset)];
    }
}
