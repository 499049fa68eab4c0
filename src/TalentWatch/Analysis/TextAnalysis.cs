using TalentWatch.Entities;
using TalentWatch.Entities.Discovery;
using TalentWatch.Moves;
using TalentWatch.Relevance;

namespace TalentWatch.Analysis;

/// <summary>The analysis of a text without a database (the `extract` verb): the same steps as a stored article.</summary>
public static class TextAnalysis
{
    public sealed record Result(
        IReadOnlyList<EntityCount> CatalogEntities,
        IReadOnlyList<(string Slug, DiscoveredEntity Entity)> Discovered,
        IReadOnlyList<ExtractedMove> Moves,
        RelevanceResult Relevance);

    public static Result Analyze(string title, string text, string language, DateTimeOffset? publishedAt, EntityMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        var mentions = matcher.Match(title, text);
        var discovered = EntityDiscovery.Discover(title, text, language, mentions)
            .Select(d => (Slug: Slugs.From(d.Name), Entity: d))
            .DistinctBy(d => d.Slug)
            .ToList();
        var entries = discovered.Select(d => new CatalogEntry(d.Slug, d.Entity.Kind, d.Entity.Name, d.Entity.NameAr, d.Entity.Aliases)).ToList();
        var moves = MoveExtractor.Extract(title, text, language, publishedAt, [.. mentions, .. DiscoveredSpans(title, text, entries, mentions)],
            EntityCatalog.ShippedUnitParents);
        return new Result(EntityMatcher.Summarize(mentions), discovered, moves, RelevanceScorer.Score(title, text, moves.Count));
    }

    /// <summary>Where discovered names stand in the text, for the move extractor; catalog spans win overlaps.</summary>
    public static IEnumerable<EntityMention> DiscoveredSpans(string title, string text, IReadOnlyList<CatalogEntry> discovered, IReadOnlyList<EntityMention> known)
    {
        ArgumentNullException.ThrowIfNull(discovered);
        ArgumentNullException.ThrowIfNull(known);
        if (discovered.Count == 0)
        {
            return [];
        }
        return new EntityMatcher(discovered).Match(title, text)
            .Where(d => !known.Any(k => k.InTitle == d.InTitle && k.Start < d.Start + d.Length && d.Start < k.Start + k.Length));
    }
}
