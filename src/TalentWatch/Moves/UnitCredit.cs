using TalentWatch.Entities;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves;

/// <summary>
/// A move into or out of a company's unit (Meta Superintelligence Labs, Microsoft AI) is the company's move: the unit,
/// as the text names it, becomes the move's role when the text gave none. A move between a company and its own unit
/// ("Meta moved him to its superintelligence lab") is a reorganisation, no talent move.
/// </summary>
internal static class UnitCredit
{
    public static List<ExtractedMove> Apply(IReadOnlyList<ExtractedMove> moves, IReadOnlyDictionary<string, string> unitParents, IReadOnlyList<EntityMention> mentions)
    {
        var credited = new List<ExtractedMove>(moves.Count);
        foreach (var move in moves)
        {
            var to = Parent(move.ToSlug, unitParents);
            var from = Parent(move.FromSlug, unitParents);
            if (to is not null && from == to)
            {
                if (move.Type is not (MoveType.Join or MoveType.Poach or MoveType.Found))
                {
                    credited.Add(move with { ToSlug = to, FromSlug = null });
                }
                continue;
            }
            var unit = move.ToSlug != to ? move.ToSlug : move.FromSlug != from ? move.FromSlug : null;
            credited.Add(move with
            {
                ToSlug = to,
                FromSlug = from,
                Role = move.Role ?? (unit is null ? null : mentions.FirstOrDefault(m => m.Slug == unit)?.Surface),
            });
        }
        return credited;
    }

    private static string? Parent(string? slug, IReadOnlyDictionary<string, string> unitParents) =>
        slug is not null && unitParents.TryGetValue(slug, out var parent) ? parent : slug;
}
