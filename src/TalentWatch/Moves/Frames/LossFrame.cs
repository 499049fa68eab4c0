using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Frames;

/// <summary>A company losing people to a rival: a raid, or the join of the named people.</summary>
internal static class LossFrame
{
    // "OpenAI has lost several researchers to Anthropic" (a raid), "Apple loses Tom Becker to Meta" (a join): the
    // loser is the subject, the winner is marked "to" (لصالح). Without people or staff between them, what was
    // lost is something else (market share, a deal).
    public static List<MoveCandidate> Resolve(TriggerSite site)
    {
        var (s, hit, args, _, discourse) = site;
        var winner = args.After(person: false, args.ObjectEnd).FirstOrDefault(m => m.Marker is Marker.To or Marker.For);
        // "We've lost four engineers to Meta", خسرنا: the company of the executive speaking.
        var loser = s.WeSubject(hit) ? discourse.SpeakerOrg(s, hit)
            : ((s.Language.VerbFirst ? args.After(person: false).FirstOrDefault(m => s.WordsBetween(hit.End, m.First).Count <= 1 && m.Marker is Marker.None) : null)
                ?? args.Before(person: false).FirstOrDefault(m => m.Marker is Marker.None or Marker.Conj or Marker.Possessor))?.Slug
            // "خسرت فيه الشركة عشرة باحثين": "the company" as the subject is the one the article is about.
            ?? (GenericSubjectAfter(s, hit) ? discourse.TopicOrg : null);
        if (winner is null || loser is null || winner.Slug == loser)
        {
            return [];
        }

        var persons = args.After(person: true, winner.First).Where(m => m.Marker is not (Marker.With or Marker.Source)).Select(m => m.Slug).Distinct().ToList();
        if (persons.Count > 0)
        {
            return persons.Select(p => new MoveCandidate(MoveType.Join, p, loser, winner.Slug, hit.Trigger.Strength, hit)).ToList();
        }

        return s.AnyWordIn(MoveWords.Staff, hit.End, winner.First)
            ? [new MoveCandidate(MoveType.Poach, null, loser, winner.Slug, hit.Trigger.Strength, hit)]
            : [];
    }

    private static bool GenericSubjectAfter(SentenceContext s, TriggerHit hit)
    {
        for (var i = hit.End; i < Math.Min(s.Tokens.Count, hit.End + 2); i++)
        {
            if (GenericObject.IsCompanyNoun(s.Tokens[i].Norm))
            {
                return true;
            }
        }
        return false;
    }
}
