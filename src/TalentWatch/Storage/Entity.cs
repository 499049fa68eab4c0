using TalentWatch.Vocabulary;

namespace TalentWatch.Storage;

/// <summary>A person or organisation: from the shipped catalog, edited by an admin, or discovered in articles.</summary>
public sealed class Entity
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required EntityKind Kind { get; set; }
    public required string Name { get; set; }
    public string? NameAr { get; set; }

    /// <summary>Other surface forms in both scripts, one per line.</summary>
    public string Aliases { get; set; } = string.Empty;
    public string? ParentSlug { get; set; }
    public string? AmbiguousAliases { get; set; }
    public string? Context { get; set; }

    /// <summary>Catalog entries are confirmed; discovered names are not until an admin says so.</summary>
    public bool Confirmed { get; set; } = true;

    /// <summary>Set when an admin edits the entry: the shipped catalog no longer overwrites it.</summary>
    public bool EditedByAdmin { get; set; }

    /// <summary>For discovered names: the sentence and the article that produced them, for an admin to judge.</summary>
    public string? DiscoveredSentence { get; set; }
    public string? DiscoveredInArticleUrl { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// How many articles mention it: kept by triggers on ArticleEntities (Migrations/EntityCountTriggers), so every way a
    /// mention comes or goes (tagging, a reprocess, a merge, a source deleted with its articles) counts, and the
    /// directories and the API read a number instead of counting millions of rows per request. Never written by the app.
    /// </summary>
    public int ArticleCount { get; private set; }

    public IReadOnlyList<string> AliasList => Split(Aliases);

    public IReadOnlyList<string> AmbiguousAliasList => Split(AmbiguousAliases);

    public IReadOnlyList<string> ContextList => Split(Context);

    /// <summary>Every name an entity goes by (slug, name, Arabic name, aliases), for lookups over a projection of its row.</summary>
    public static IEnumerable<string> Names(string slug, string name, string? nameAr, string? aliases) =>
        new[] { slug, name, nameAr }.OfType<string>().Concat(Split(aliases));

    public static string Join(IEnumerable<string>? values) => values is null ? string.Empty : string.Join('\n', values);

    private static List<string> Split(string? lines) =>
        [.. (lines ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

/// <summary>How an article mentions an entity.</summary>
public sealed class ArticleEntity
{
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
    public int EntityId { get; set; }
    public Entity? Entity { get; set; }
    public int Mentions { get; set; }
    public int FirstOffset { get; set; }
    public bool InTitle { get; set; }

    /// <summary>
    /// The article's <see cref="Storage.Article.SortAt"/> and <see cref="Storage.Article.Relevant"/>, copied here by the
    /// database (see <c>MentionTimelineTriggers</c>) so an entity's newest articles are one range of the
    /// (EntityId, ArticleSortAt, ArticleId) index instead of a walk through every article looking for its mentions.
    /// The app never writes them: whatever it sets is overwritten when the row is stored.
    /// </summary>
    public DateTime ArticleSortAt { get; private set; }
    public bool ArticleRelevant { get; private set; }
}
