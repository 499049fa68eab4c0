using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Frames;

/// <summary>The people a company hires: named right after the trigger, or included in the staff it takes.</summary>
internal static class HiredPersons
{
    /// <summary>A hired person stands close after the trigger; a name farther on belongs to another phrase.</summary>
    private const int ObjectReach = 8;

    // The first named person after the trigger, and further persons joined to it by a conjunction
    // ("ضمت الشركة سامي، الرئيس التنفيذي لشركة ناشئة، وشريكه علي").
    public static List<string> Named(TriggerSite site)
    {
        var (s, hit, args, _, _) = site;
        var objectEnd = args.ObjectEnd;

        // Staff: "المهندس توم بيكر", "engineer Tom Becker" - a job noun used as a title.
        var candidates = args.After(person: true, objectEnd).Where(m => m.Marker is Marker.None or Marker.Conj or Marker.RoleOf or Marker.Staff).ToList();
        if (candidates.Count == 0 || candidates[0].First - hit.End > ObjectReach)
        {
            return [];
        }

        // "استقطب مارك زوكربيرغ ألكسندر وانغ": in verb-first Arabic a name right after the verb, followed by another, is
        // the subject acting for the company; the second name is the one hired.
        if (s.Language.VerbFirst && candidates.Count > 1 && candidates[0].First == hit.End && candidates[0].Marker is Marker.None
            && candidates[1].Marker is Marker.None && !ConjunctionBetween(s, candidates[0].Last, candidates[1].First))
        {
            candidates.RemoveAt(0);
        }

        var hired = args.Coordinated(candidates[0]).Select(m => m.Slug).ToList();
        var last = candidates[0];
        foreach (var next in candidates.Skip(1).Where(m => m.Marker is Marker.None or Marker.Conj))
        {
            if (ConjunctionBetween(s, last.Last, next.First))
            {
                hired.Add(next.Slug);
                last = next;
            }
        }

        return hired.Distinct().ToList();
    }

    /// <summary>People named after an inclusion word ("including", من بينهم) before <paramref name="objectEnd"/>.</summary>
    public static List<string> Included(TriggerSite site, int objectEnd)
    {
        var (s, hit, args, _, _) = site;
        for (var i = hit.End; i < objectEnd; i++)
        {
            if (ArabicMorph.InSet(MoveWords.Inclusion, s.Tokens[i].Norm))
            {
                return args.After(person: true, objectEnd).Where(m => m.First > i && m.Marker is not (Marker.With or Marker.Source))
                    .Select(m => m.Slug).Distinct().ToList();
            }
        }

        return [];
    }

    private static bool ConjunctionBetween(SentenceContext s, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            var word = s.Tokens[i].Norm;
            if (word is "and" or "و" || (s.Language.AttachedClitics && word.StartsWith('و') && ArabicMorph.Split(word).Prefix.StartsWith('و')))
            {
                return true;
            }
        }

        return false;
    }
}
