using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Frames;

/// <summary>
/// Joins, departures and foundings told of a person: the subject moves (<see cref="MoverFinder"/>); the object company
/// is the destination, origin or creation (<see cref="JoinFrame"/>, <see cref="LeaveFrame"/>, <see cref="FoundFrame"/>).
/// </summary>
internal static class PersonFrame
{
    public static List<MoveCandidate> Resolve(TriggerSite site)
    {
        if (CompanySubject(site) || CompanyAfterVerb(site.Sentence, site.Hit))
        {
            return [];
        }

        var movers = MoverFinder.Find(site);
        return site.Hit.Trigger.Type switch
        {
            MoveType.Join => JoinFrame.Resolve(site, movers),
            MoveType.Leave => LeaveFrame.Resolve(site, movers),
            MoveType.Found => FoundFrame.Resolve(site, movers),
            _ => [],
        };
    }

    // Subject first (English), a verb of leaving right after a company has it as subject ("Google left its forecast
    // unchanged"): no departure. The verbal nouns (the departure of X) name their mover elsewhere.
    private static bool CompanySubject(TriggerSite site) =>
        !site.Sentence.Language.VerbFirst && site.Hit.Trigger.Type == MoveType.Leave && !MoveWords.LeaveNouns.Contains(site.Sentence.Tokens[site.Hit.Start].Norm)
        && site.Args.Before(person: true).FirstOrDefault() is null
        && site.Args.Before(person: false).FirstOrDefault() is { Marker: Marker.None } org && site.Hit.Start - org.Last <= 2;

    // "وتنضم بيريوديك لابز إلى قائمة ...": a company right after an Arabic verb of joining, with no preposition, is the
    // verb's subject; a company joining a list or an alliance is no talent move.
    private static bool CompanyAfterVerb(SentenceContext s, TriggerHit hit) =>
        s.Language.VerbFirst && hit.Trigger.Type == MoveType.Join && !hit.Trigger.Has(TriggerFlags.Noun)
        && s.Mentions.Exists(m => m.IsOrg && m.First == hit.End && m.Marker is Marker.None && m.Prefix.Length == 0);
}
