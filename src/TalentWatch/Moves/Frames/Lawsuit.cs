using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Frames;

/// <summary>
/// A lawsuit over hiring: "xAI sues OpenAI, alleging it poached engineers", "رفعت X دعوى ضد Y تتهمها باستقطاب موظفيها".
/// The company sued (accused) is the recruiter; the plaintiff (accuser) is the one whose staff were taken.
/// </summary>
internal sealed record Lawsuit(MentionSpan Accuser, MentionSpan Accused)
{
    /// <summary>The lawsuit told before a hiring trigger in the same sentence, when both parties are named.</summary>
    public static Lawsuit? Find(SentenceContext s, TriggerHit hit)
    {
        for (var k = hit.Start - 1; k >= 0; k--)
        {
            if (!ArabicMorph.InSet(MoveWords.LawsuitWords, s.Tokens[k].Norm))
            {
                continue;
            }

            // The defendant: the first company after the lawsuit word ("sues OpenAI", "دعوى قضائية ضد منافستها Mercor").
            var accused = s.Mentions.FirstOrDefault(m => m.IsOrg && m.First > k && m.First - k <= 7 && m.Last < hit.Start && m.Marker is Marker.None or Marker.With);
            var accuser = s.Mentions.LastOrDefault(m => m.IsOrg && m.Last < k && m.Marker is Marker.None or Marker.Possessor or Marker.Conj);
            return accused is not null && accuser is not null && accused.Slug != accuser.Slug ? new Lawsuit(accuser, accused) : null;
        }

        return null;
    }
}
