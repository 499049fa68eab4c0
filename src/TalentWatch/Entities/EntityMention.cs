using TalentWatch.Vocabulary;

namespace TalentWatch.Entities;

/// <summary>One mention of a catalog entity. Start/Length index the original title or body, not the normalised text.</summary>
/// <param name="Surface">The original characters of the mention (without attached Arabic clitics).</param>
public sealed record EntityMention(string Slug, EntityKind Kind, int Start, int Length, bool InTitle, string Surface);

/// <summary>Mentions of one entity in one article.</summary>
/// <param name="FirstOffset">Start of the first mention in the body, or -1 when the entity is named only in the title.</param>
/// <param name="InTitle">Whether the title names the entity.</param>
public sealed record EntityCount(string Slug, EntityKind Kind, int Count, int FirstOffset, bool InTitle);
