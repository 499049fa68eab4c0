using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Frames;

/// <summary>Whose staff a company recruits: the companies the hired people or staff come from.</summary>
internal static class StaffSources
{
    // Whose staff: companies marked from/at/of/staff-of/title in the object; an unmarked one only right after a
    // raiding verb ("raided Google"): a company hired outright ("hired Goldman Sachs") is an adviser, not staff.
    // With a pronoun object (لاستقطابهم), the one other company of the sentence.
    public static List<string> Find(TriggerSite site, MentionSpan to)
    {
        var (s, hit, args, _, _) = site;

        // "من مايكروسوفت ومعهد الابتكار يعيّن": a company right before another trigger is that clause's subject, not a source.
        var sources = args.After(person: false, args.ObjectEnd)
            .Where(m => m.Slug != to.Slug && !s.Triggers.Exists(t => t.Start == m.Last + 1) && (m.Marker is Marker.From or Marker.Staff or Marker.RoleOf or Marker.At or Marker.Of
                || (m.Marker is Marker.None && hit.Trigger.Frame == TriggerFrame.OrgRecruits && m.First - hit.End <= 1 && !(s.Language.VerbFirst && m == args.FirstOrgAfter()))))
            .Select(m => m.Slug).Distinct().ToList();
        if (sources.Count == 0 && (hit.PronounSuffix || StaffOfReferent(s, hit)))
        {
            var others = s.Mentions.Where(m => m.IsOrg && m.Slug != to.Slug && m.Marker is not (Marker.Source or Marker.Possessor or Marker.To or Marker.For))
                .Select(m => m.Slug).Distinct().ToList();
            if (others.Count == 1)
            {
                sources = others;
            }
        }

        return sources;
    }

    // "مهندسي الشركة" (the company's engineers), "موظفيها" (its employees): staff of a company named elsewhere.
    private static bool StaffOfReferent(SentenceContext s, TriggerHit hit)
    {
        for (var i = hit.End; i < Math.Min(s.Tokens.Count - 1, hit.End + 6); i++)
        {
            if (ArabicMorph.InSet(MoveWords.Staff, s.Tokens[i].Norm)
                && (ArabicMorph.InSet(MoveWords.ReferringHeads, s.Tokens[i + 1].Norm) || s.Tokens[i + 1].Norm is "of" && i + 2 < s.Tokens.Count && s.Tokens[i + 2].Norm is "its" or "their" or "the"
                    || (i > hit.End && s.Tokens[i - 1].Norm is "its" or "their")))
            {
                return true;
            }
        }

        return false;
    }
}
