namespace TalentWatch.Editorial;

/// <summary>
/// One article in the gold-corpus format of shared/corpus/README.md (articles.json), so the project's evaluation
/// (run-eval, score.py) can score an extractor against what the editors reviewed. Null fields are left out of the
/// JSON, as the corpus writes them.
/// </summary>
public sealed record CorpusItem(
    string Id,
    string Lang,
    string Site,
    string UrlSlug,
    string Title,
    string Published,
    string Author,
    IReadOnlyList<string> Blocks,
    bool Relevant,
    IReadOnlyList<CorpusEntity> Entities,
    IReadOnlyList<CorpusMove> Moves);

/// <summary>A person or organisation of the article: its canonical name and the forms of it the text uses.</summary>
public sealed record CorpusEntity(string Name, string Kind, IReadOnlyList<string> Aliases, bool? Optional = null);

/// <summary>
/// A move by the entities' canonical names; <see cref="Optional"/> is true (else null, so absent) for what a system is
/// neither rewarded nor punished for: moves nobody judged and background facts.
/// </summary>
public sealed record CorpusMove(string Type, string? Person, string? From, string? To, string? Date, bool? Optional = null);
