using TalentWatch.Analysis;
using TalentWatch.Entities;
using TalentWatch.Extraction;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;

namespace TalentWatch.Web.Api;

/// <summary>GET /api/articles/{id}, and each line of `extract`: one shape, so the CLI shows what the API will.</summary>
public sealed record ArticleJson(
    long? Id,
    string Url,
    string Title,
    string? Author,
    string Language,
    DateTimeOffset? PublishedAt,
    DateTime? FetchedAt,
    SourceRef? Source,
    string Text,
    bool Relevant,
    double Relevance,
    IReadOnlyList<string> RelevanceSignals,
    IReadOnlyList<EntityRef> Entities,
    IReadOnlyList<MoveJson> Moves)
{
    /// <param name="article">With its Source, Entities (each with its Entity) and Moves (with Person, From, To) loaded.</param>
    public static ArticleJson From(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.SourceId is not null && article.Source is null)
        {
            throw new ArgumentException("The article's source is not loaded.", nameof(article));
        }
        var entities = article.Entities
            .OrderBy(m => m.InTitle ? 0 : 1).ThenBy(m => m.FirstOffset)
            .Select(m => new EntityRef(m.Entity!.Slug, m.Entity.Name, KindName(m.Entity.Kind), m.Mentions, m.Entity.Confirmed, OtherNames(m.Entity.NameAr, m.Entity.AliasList)))
            .ToList();
        return new(article.Id, article.Url, article.Title, article.Author, article.Language, article.PublishedAtWithOffset,
            article.FetchedAt, SourceRef.Of(article.SourceId, article.Source?.Name, article.Url), article.Text, article.Relevant, article.Relevance,
            (article.RelevanceSignals ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries), entities,
            [.. article.Moves.OrderBy(m => m.EvidenceStart).Select(MoveJson.Of)]);
    }

    /// <summary>An extraction that was never stored: no id, source or fetch time.</summary>
    public static ArticleJson From(ExtractedArticle extracted, EntityMatcher matcher, IReadOnlyDictionary<string, CatalogEntry> catalog)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(catalog);
        var analysis = TextAnalysis.Analyze(extracted.Title, extracted.Text, extracted.Language, extracted.PublishedAt, matcher);
        var names = analysis.Discovered.ToDictionary(d => d.Slug, d => d.Entity.Name, StringComparer.Ordinal);
        foreach (var (slug, entry) in catalog)
        {
            names[slug] = entry.Name;
        }
        var entities = analysis.CatalogEntities
            .Where(c => catalog.ContainsKey(c.Slug))
            .Select(c => new EntityRef(c.Slug, catalog[c.Slug].Name, KindName(c.Kind), c.Count, Confirmed: true, OtherNames(catalog[c.Slug].NameAr, catalog[c.Slug].Aliases)))
            .Concat(analysis.Discovered.Select(d => new EntityRef(d.Slug, d.Entity.Name, KindName(d.Entity.Kind), d.Entity.Count, Confirmed: false, [.. d.Entity.Aliases.Where(a => a != d.Entity.Name)])))
            .ToList();
        var moves = analysis.Moves.Select(m => new MoveJson(MoveJson.TypeName(m.Type), Named(m.PersonSlug, names), Named(m.FromSlug, names), Named(m.ToSlug, names),
            m.Role, m.Date, m.Evidence, Math.Round(m.Confidence, 3), EventId: null)).ToList();
        return new(null, extracted.CanonicalUrl, extracted.Title, extracted.Author, extracted.Language, extracted.PublishedAt,
            null, null, extracted.Text, analysis.Relevance.Relevant, analysis.Relevance.Score, analysis.Relevance.Signals, entities, moves);
    }

    private static NamedRef? Named(string? slug, Dictionary<string, string> names) =>
        slug is not null && names.TryGetValue(slug, out var name) ? new NamedRef(slug, name) : null;

    public static string KindName(EntityKind kind) => kind == EntityKind.Person ? "person" : "org";

    private static List<string> OtherNames(string? nameAr, IReadOnlyList<string> aliases) =>
        nameAr is null ? [.. aliases] : [nameAr, .. aliases];
}

/// <summary>An entity an article mentions: slug, English name when known, kind, how often, whether it is confirmed, and its other names.</summary>
public sealed record EntityRef(string Id, string Name, string Kind, int Mentions, bool Confirmed, IReadOnlyList<string> Aliases);

/// <summary>An article's source; a deleted one (its articles kept) has no id and is named by the article's host.</summary>
public sealed record SourceRef(int? Id, string Name)
{
    public static SourceRef Of(int? id, string? name, string articleUrl) => new(id, SourceLabel.Of(id is null ? null : name, articleUrl));
}

/// <summary>One row of GET /api/articles.</summary>
public sealed record ArticleListItem(long Id, string Url, string Title, string Language, DateTimeOffset? PublishedAt, SourceRef Source, bool Relevant);

public sealed record ArticleListPage(IReadOnlyList<ArticleListItem> Items, string? NextCursor);
