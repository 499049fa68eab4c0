using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Frames;

/// <summary>Courting another company's staff to join ("persuade them to join", إقناعهم بالانضمام): a poaching attempt.</summary>
internal static class CourtingFrame
{
    // The courting company is the subject's (first unmarked or titled company of the clause); the courted staff
    // belong to the companies marked at/from/staff-of.
    public static List<MoveCandidate> Resolve(TriggerHit hit, ArgumentFinder args)
    {
        var orgs = args.InClause(person: false).ToList();
        var to = orgs.FirstOrDefault(m => m.Marker is Marker.None or Marker.RoleOf && m.Last < hit.Start);
        if (to is null)
        {
            return [];
        }

        return orgs.Where(m => m.Slug != to.Slug && m.Marker is Marker.At or Marker.Staff or Marker.From)
            .Select(m => m.Slug).Distinct()
            .Select(from => new MoveCandidate(MoveType.Poach, null, from, to.Slug, hit.Trigger.Strength * 0.9, hit))
            .ToList();
    }
}
