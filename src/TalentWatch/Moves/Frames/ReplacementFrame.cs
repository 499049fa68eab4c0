using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Frames;

/// <summary>A successor replacing someone: the replaced person left the company.</summary>
internal static class ReplacementFrame
{
    // "replacing Jane Roe", خلفًا لسامي: the replaced person leaves the company the sentence is about.
    public static List<MoveCandidate> Resolve(TriggerSite site)
    {
        var hit = site.Hit;
        var person = site.Args.After(person: true).FirstOrDefault(m => m.First - hit.End <= 2);
        var company = site.Sentence.SubjectOrgBefore(hit.Start);
        return person is null || company is null
            ? []
            : [new MoveCandidate(MoveType.Leave, person.Slug, company.Slug, null, hit.Trigger.Strength, hit)];
    }
}
