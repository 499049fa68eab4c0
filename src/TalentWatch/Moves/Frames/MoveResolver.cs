using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Frames;

/// <summary>
/// Fills a trigger's slots from the mentions around it, per frame: who moves (the nearest unmarked person, the
/// sentence subject, or the referent of a pronoun), where to (the object or a "to"-marked company), where from
/// (a "from"-marked company, the company in the person's title, whose staff).
/// </summary>
internal static class MoveResolver
{
    public static List<MoveCandidate> Resolve(TriggerSite site)
    {
        if (site.Modality is Modality.Negated or Modality.Hypothetical || !site.ConditionsHold)
        {
            return [];
        }

        var (s, hit, args, _, _) = site;
        var trigger = hit.Trigger;

        // "persuade them to join", إقناعهم بالانضمام: courting another company's staff is a poaching attempt.
        if (trigger.Type == MoveType.Join && trigger.Frame == TriggerFrame.PersonMoves
            && s.AnyWordIn(MoveWords.Persuasion, hit.Start - 3, hit.Start))
        {
            return CourtingFrame.Resolve(hit, args);
        }

        if (!Counts(trigger.Frame, site.Modality))
        {
            return [];
        }

        return trigger.Frame switch
        {
            TriggerFrame.PersonMoves => PersonFrame.Resolve(site),
            TriggerFrame.OrgHires or TriggerFrame.OrgRecruits => OrgFrame.Resolve(site),
            TriggerFrame.Replaces => ReplacementFrame.Resolve(site),
            TriggerFrame.OrgLoses => LossFrame.Resolve(site),
            _ => [],
        };
    }

    // What a frame counts as told: a person's move or replacement only as a fact (plans, talks and attempts are not
    // moves); a loss, a raid seen from the raided company, also as an attempt, since poaching attempts count; hiring
    // and recruiting read the modality themselves (an attempted hire is a poaching attempt).
    private static bool Counts(TriggerFrame frame, Modality modality) => frame switch
    {
        TriggerFrame.PersonMoves or TriggerFrame.Replaces => modality is Modality.Asserted,
        TriggerFrame.OrgLoses => modality is Modality.Asserted or Modality.Attempt,
        _ => true,
    };
}
