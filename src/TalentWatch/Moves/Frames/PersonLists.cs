using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Frames;

/// <summary>
/// "Meta lured four researchers from OpenAI, including A, B and C", "خسرت الشركة عشرة باحثين لصالح ميتا، بينهم A وB",
/// "three researchers have joined Kestrel: A, from Bosch; B, a former Nvidia scientist; and C", "أسسها كلٌّ من A وB": a
/// hire or a founding told about a group, then its members listed after a cue. Each listed person joins (or founds)
/// the anchor's company; the company a listed person comes from is the one named with "from" (or "former … at")
/// before the next name, else the group's origin.
/// </summary>
internal static class PersonLists
{
    private static readonly MoveType[] Anchors = [MoveType.Join, MoveType.Poach, MoveType.Found];

    public static List<MoveCandidate> Expand(SentenceContext s, List<MoveCandidate> candidates)
    {
        var cue = CueIndex(s);
        if (cue < 0)
        {
            return candidates;
        }
        var anchor = candidates.Where(c => Anchors.Contains(c.Type) && c.To is not null && c.Hit.Start < cue).MaxBy(c => c.Hit.Start);
        if (anchor is null || DestinationBeforeCue(s, anchor, cue) is not { } to)
        {
            return candidates;
        }
        var type = anchor.Type == MoveType.Found ? MoveType.Found : MoveType.Join;
        // The trigger's frame may have taken a listed person's origin for the destination of everyone it read.
        var expanded = candidates.Select(c => c.Hit == anchor.Hit && c.To == anchor.To ? c with { To = to } : c).ToList();
        foreach (var (person, origin) in Items(s, cue, to))
        {
            var told = expanded.FindIndex(c => c.Person == person.Slug && c.Type is MoveType.Join or MoveType.Leave or MoveType.Found);
            if (told >= 0)
            {
                // The trigger's frame may have read the whole list as its movers; each item still names its own origin.
                if (expanded[told] is { Type: MoveType.Join } join && join.To == to && origin is not null)
                {
                    expanded[told] = join with { From = origin };
                }
                continue;
            }
            // Else the group's origin ("four researchers from OpenAI, including …"), never another listed person's own.
            var from = origin ?? (anchor.Person is null ? anchor.From : null);
            expanded.Add(new MoveCandidate(type, person.Slug, from == to ? null : from, to, anchor.Confidence * 0.9, anchor.Hit));
        }
        return expanded;
    }

    /// <summary>
    /// The people listed after token <paramref name="start"/>, each with the company they come from: the one named in
    /// their own item with "from", "at" or as their title's company ("A, from Bosch", "B, an engineer at Nvidia", "C,
    /// Nvidia's former scientist"), never <paramref name="to"/>.
    /// </summary>
    public static List<(MentionSpan Person, string? Origin)> Items(SentenceContext s, int start, string to)
    {
        var listed = s.Mentions.Where(m => m.IsPerson && m.First > start && m.Marker is not (Marker.RoleOf or Marker.With or Marker.Source or Marker.By)).ToList();
        return [.. listed.Select((person, index) =>
        {
            var next = index + 1 < listed.Count ? listed[index + 1].First : int.MaxValue;
            var origin = s.Mentions.FirstOrDefault(m => m.IsOrg && m.First > person.Last && m.First < next && m.Slug != to
                && m.Marker is Marker.From or Marker.At or Marker.Staff or Marker.Possessor or Marker.RoleOf)?.Slug;
            return (person, origin);
        })];
    }

    /// <summary>
    /// The anchor's company when it is named before the list: one named inside the list is a listed person's origin
    /// ("انضمام ثلاثة باحثين إلى مبادرة … التابعة لها، هم: A القادم من جامعة X"), and then the hire went to the unit of the
    /// sentence's subject company when the words before the cue say so ("its", "التابعة لها"), else to nothing known.
    /// </summary>
    private static string? DestinationBeforeCue(SentenceContext s, MoveCandidate anchor, int cue)
    {
        if (s.Mentions.Any(m => m.Slug == anchor.To && m.First < cue))
        {
            return anchor.To;
        }
        return UnitParents.OwnerOfUnitAfter(s, anchor.Hit);
    }

    // The first cue after a trigger: "among" only as "among them/those", a colon only after a trigger, كل only before من.
    private static int CueIndex(SentenceContext s)
    {
        var firstTrigger = s.Triggers.Count == 0 ? int.MaxValue : s.Triggers.Min(t => t.End);
        for (var i = Math.Max(firstTrigger, 0); i < s.Tokens.Count; i++)
        {
            var word = s.Tokens[i].Norm;
            var nextWord = i + 1 < s.Tokens.Count ? s.Tokens[i + 1].Norm : "";
            if (word == "among" && nextWord is not ("them" or "those" or "whom"))
            {
                continue;
            }
            if (word == "هم" && nextWord != ":")
            {
                continue;
            }
            if (word == ":" || ArabicMorph.InSet(MoveWords.ListCues, word) || (MoveWords.EachOf.Contains(word) && nextWord == "من"))
            {
                return i;
            }
        }
        return -1;
    }
}
