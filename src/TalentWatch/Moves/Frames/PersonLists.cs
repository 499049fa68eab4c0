using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Frames;

/// <summary>
/// "Meta lured four researchers from OpenAI, including A, B and C", "خسرت الشركة عشرة باحثين لصالح ميتا، بينهم A وB",
/// "three researchers have joined Kestrel: A, from Bosch; B, a former Nvidia scientist; and C": a hire told about a
/// group, then its members listed after a cue. Each listed person joins the hiring company; the company a listed
/// person comes from is the one named with "from" (or "former … at") before the next name, else the group's origin.
/// </summary>
internal static class PersonLists
{
    private static readonly MoveType[] Hiring = [MoveType.Join, MoveType.Poach];

    public static List<MoveCandidate> Expand(SentenceContext s, List<MoveCandidate> candidates)
    {
        var cue = CueIndex(s);
        if (cue < 0)
        {
            return candidates;
        }
        var anchor = candidates.Where(c => Hiring.Contains(c.Type) && c.To is not null && c.Hit.Start < cue).MaxBy(c => c.Hit.Start);
        if (anchor is null)
        {
            return candidates;
        }
        var listed = s.Mentions.Where(m => m.IsPerson && m.First > cue && m.Marker is not (Marker.RoleOf or Marker.With or Marker.Source or Marker.By)).ToList();
        var expanded = new List<MoveCandidate>(candidates);
        foreach (var (person, index) in listed.Select((p, i) => (p, i)))
        {
            if (expanded.Exists(c => c.Person == person.Slug && c.Type is MoveType.Join or MoveType.Leave or MoveType.Found))
            {
                continue;
            }
            var next = index + 1 < listed.Count ? listed[index + 1].First : int.MaxValue;
            var from = s.Mentions.FirstOrDefault(m => m.IsOrg && m.First > person.Last && m.First < next && m.Marker is Marker.From)?.Slug
                // The group's origin ("four researchers from OpenAI, including …"), never another listed person's own.
                ?? (anchor.Person is null ? anchor.From : null);
            expanded.Add(new MoveCandidate(MoveType.Join, person.Slug, from == anchor.To ? null : from, anchor.To, anchor.Confidence * 0.9, anchor.Hit));
        }
        return expanded;
    }

    // The first cue after a trigger: "among" only as "among them/those", a colon only after a trigger.
    private static int CueIndex(SentenceContext s)
    {
        var firstTrigger = s.Triggers.Count == 0 ? int.MaxValue : s.Triggers.Min(t => t.End);
        for (var i = Math.Max(firstTrigger, 0); i < s.Tokens.Count; i++)
        {
            var word = s.Tokens[i].Norm;
            if (word == "among" && !(i + 1 < s.Tokens.Count && s.Tokens[i + 1].Norm is "them" or "those" or "whom"))
            {
                continue;
            }
            if (word == "هم" && !(i + 1 < s.Tokens.Count && s.Tokens[i + 1].Norm == ":"))
            {
                continue;
            }
            if (word == ":" || ArabicMorph.InSet(MoveWords.ListCues, word))
            {
                return i;
            }
        }
        return -1;
    }
}
