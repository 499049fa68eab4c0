using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Frames;

/// <summary>A successor replacing someone: the replaced person left the company.</summary>
internal static class ReplacementFrame
{
    // "replacing Jane Roe", خلفًا لسامي: the replaced person leaves the company the sentence is about.
    public static List<MoveCandidate> Resolve(SentenceContext s, TriggerHit hit, ArgumentFinder args, Modality modality)
    {
        if (modality is not Modality.Asserted)
        {
            return [];
        }

        var person = args.After(person: true).FirstOrDefault(m => m.First - hit.End <= 2);
        var company = s.Mentions.FirstOrDefault(m => m.IsOrg && m.Last < hit.Start && m.Marker is Marker.None);
        return person is null || company is null
            ? []
            : [new MoveCandidate(MoveType.Leave, person.Slug, company.Slug, null, hit.Trigger.Strength, hit)];
    }
}
