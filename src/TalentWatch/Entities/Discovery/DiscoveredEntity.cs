using TalentWatch.Vocabulary;

namespace TalentWatch.Entities.Discovery;

/// <summary>A person or organisation named in an article but not (yet) in the catalog.</summary>
/// <param name="Name">The Latin/English form when the text gives one, else the Arabic form.</param>
/// <param name="NameAr">The Arabic surface form, when the article gives one.</param>
/// <param name="Aliases">Every surface form seen: full name, Arabic form, surname (or short form) after a full mention.</param>
/// <param name="Sentence">The sentence the entity was first found in, for an admin to review.</param>
/// <param name="Count">Mentions in title and body, surname-only mentions after the full name included.</param>
/// <param name="FirstOffset">Offset of the first body mention in the text; of the first title mention when the body has none.</param>
public sealed record DiscoveredEntity(
    string Name,
    string? NameAr,
    EntityKind Kind,
    IReadOnlyList<string> Aliases,
    string Sentence,
    int Count,
    int FirstOffset,
    bool InTitle);
