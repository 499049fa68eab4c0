namespace TalentWatch.Moves;

/// <summary>
/// One move per key (join/found: person+to, leave: person+from, poach: to+from, retain: from), as the corpus
/// scores them. The most confident evidence wins; slots it lacks are filled from the others.
/// </summary>
internal static class MoveDeduplicator
{
    public static IReadOnlyList<ExtractedMove> Deduplicate(IEnumerable<ExtractedMove> moves) =>
        moves.GroupBy(Key)
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

    public static (MoveType, string?, string?) Key(ExtractedMove m) => m.Type switch
    {
        MoveType.Join or MoveType.Found => (m.Type, m.PersonSlug, m.ToSlug),
        MoveType.Leave => (m.Type, m.PersonSlug, m.FromSlug),
        MoveType.Poach => (m.Type, m.ToSlug, m.FromSlug),
        _ => (m.Type, m.FromSlug, null),
    };
}
