using TalentWatch.Vocabulary;

namespace TalentWatch.Entities.Discovery;

/// <summary>A name found in Arabic text: its Latin form (from parentheses) and/or Arabic form, where, and what kind.</summary>
public sealed record ArabicFind(string? Latin, string? Arabic, EntityKind Kind, int Start, int Length, bool InTitle);
