using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Frames;

/// <summary>
/// Fills a trigger's slots from the mentions around it, per frame: who moves (the nearest unmarked person, the
/// sentence subject, or the referent of a pronoun), where to (the object or a "to"-marked company), where from
/// (a "from"-marked company, the company in the person's title, whose staff).
/// </summary>
internal static class MoveResolver
{
    public static List<MoveCandidate> Resolve(SentenceContext s, TriggerHit hit, Modality modality, DiscourseState discourse)
    {
        if (modality is Modality.Negated or Modality.Hypothetical)
        {
            return [];
        }

        var args = new ArgumentFinder(s, hit);
        var trigger = hit.Trigger;
        if (trigger.Has(TriggerFlags.NeedsStaff) && !args.StaffInClause())
        {
            return [];
        }

        if (trigger.Has(TriggerFlags.NeedsPersuasion) && !s.AnyWordIn(MoveWords.Persuasion, 0, hit.Start))
        {
            return [];
        }

        // "persuade them to join", إقناعهم بالانضمام: courting another company's staff is a poaching attempt.
        if (trigger.Type == MoveType.Join && trigger.Frame == TriggerFrame.PersonMoves
            && s.AnyWordIn(MoveWords.Persuasion, hit.Start - 3, hit.Start))
        {
            return CourtingFrame.Resolve(hit, args);
        }

        return trigger.Frame switch
        {
            TriggerFrame.PersonMoves => PersonFrame.Resolve(s, hit, args, modality, discourse),
            TriggerFrame.OrgHires or TriggerFrame.OrgRecruits => OrgFrame.Resolve(s, hit, args, modality, discourse),
            TriggerFrame.Replaces => ReplacementFrame.Resolve(s, hit, args, modality),
            TriggerFrame.OrgLoses => LossFrame.Resolve(s, hit, args, modality, discourse),
            _ => [],
        };
    }
}
