namespace TalentWatch.Moves;

/// <summary>
/// One move per <see cref="MoveKey"/>, as the corpus scores them. The most confident evidence wins; slots it lacks
/// are filled from the others.
/// </summary>
internal static class MoveDeduplicator
{
    public static IReadOnlyList<ExtractedMove> Deduplicate(IEnumerable<ExtractedMove> moves) =>
        moves.GroupBy(MoveKey.Of)
            .Select(group =>
            {
                var best = group.OrderByDescending(m => m.Confidence).ThenBy(m => m.EvidenceStart).First();
                return best with
                {
                    PersonSlug = best.PersonSlug ?? group.Select(m => m.PersonSlug).FirstOrDefault(p => p is not null),
                    FromSlug = best.FromSlug ?? group.Select(m => m.FromSlug).FirstOrDefault(p => p is not null),
                    ToSlug = best.ToSlug ?? group.Select(m => m.ToSlug).FirstOrDefault(p => p is not null),
                };
            })
            .ToList();
}
