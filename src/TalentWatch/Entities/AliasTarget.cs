namespace TalentWatch.Entities;

/// <summary>How much evidence a matched alias needs before it counts as a mention of its entity.</summary>
internal enum AliasRole
{
    /// <summary>Name or multi-token alias: counts on its own.</summary>
    Full,

    /// <summary>A person's single-token catalog alias (Musk, ماسك): counts only if the article also has a full mention.</summary>
    ShortForm,

    /// <summary>First/last token of a person's multi-token name: counts only after a full mention earlier in the article.</summary>
    Derived,

    /// <summary>Listed in AmbiguousAliases: counts only with one of the entry's Context words nearby.</summary>
    Ambiguous,
}

/// <summary>One (alias → entity) binding behind an automaton pattern; several entities may share a pattern string.</summary>
/// <param name="Strict">Single Latin token (Apple, Meta, X): common words, so the original must be capitalised.</param>
/// <param name="ExactCase">The alias as written when it has upper-case letters (xAI), accepted even if not capitalised.</param>
/// <param name="Fused">Pattern is an ال-alias without its alef (لذكاء) and needs a ل prefix (للذكاء).</param>
/// <param name="AllowArticle">The Arabic article may precede the alias (organisations only).</param>
internal readonly record struct AliasTarget(int Entry, AliasRole Role, bool Strict, string? ExactCase, bool Fused, bool AllowArticle);
