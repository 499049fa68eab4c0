using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Frames;

/// <summary>A person leaving a company (left, resigned, غادر): the origin, and the destination when one is named.</summary>
internal static class LeaveFrame
{
    public static List<MoveCandidate> Resolve(TriggerSite site, Movers movers)
    {
        // "left a lasting mark on Apple", ترك أثرًا في أبل: another object stands between the verb and the company.
        if (ForeignObject(site))
        {
            return [];
        }

        var (s, hit, args, _, discourse) = site;
        var confidence = movers.Confidence(hit);
        var after = args.After(person: false, args.ObjectEnd).ToList();
        var from = after.FirstOrDefault(m => m.Marker is Marker.None or Marker.From or Marker.At or Marker.Of or Marker.RoleOf)?.Slug
            ?? args.InClause(person: false).FirstOrDefault(m => m.Last < hit.Start && m.Marker is not (Marker.To or Marker.For or Marker.Source or Marker.Possessor or Marker.With or Marker.By or Marker.Staff))?.Slug;
        if (from is null && GenericObject.CompanyAfter(s, hit))
        {
            // "left the company", غادر الشركة: the mover's company when the text told it, else the one the article is about.
            from = movers.Persons.Select(discourse.AffiliationOf).FirstOrDefault(a => a is not null) ?? discourse.TopicOrg ?? discourse.LastOrg;
        }

        if (from is null && discourse.RecentLeaveFrom is { } recent)
        {
            from = recent; // a series of departures: "were also leaving"
            confidence *= 0.7;
        }

        // "left X for Z", "غادر X إلى Z": the departure is a join of Z.
        var destination = after.FirstOrDefault(m => m.Marker is Marker.For or Marker.To && m.Slug != from)?.Slug
            ?? (args.DestinationAfterRelative() is { } beyond && beyond != from ? beyond : null);
        var moves = new List<MoveCandidate>();
        foreach (var p in movers.Persons)
        {
            if (from is not null)
            {
                moves.Add(new MoveCandidate(MoveType.Leave, p, from, null, confidence, hit));
            }

            if (destination is not null)
            {
                moves.Add(new MoveCandidate(MoveType.Join, p, from, destination, confidence * 0.9, hit));
            }
        }

        return moves;
    }

    private static bool ForeignObject(TriggerSite site)
    {
        var (s, hit, args, _, _) = site;
        var end = Math.Min(args.ObjectEnd, hit.End + 4);
        for (var i = hit.End; i < end; i++)
        {
            var token = s.Tokens[i];
            if (s.Language.VerbFirst && s.Mentions.Find(m => m.IsPerson && m.First == i) is { } subject)
            {
                // Verb-first Arabic: the mover's name comes between the verb and its object.
                end = Math.Min(args.ObjectEnd, subject.Last + 5);
                i = subject.Last;
                continue;
            }

            if (!token.IsWord || s.Mentions.Exists(m => m.First <= i && i <= m.Last))
            {
                // Punctuation or a name: the object region is over, or the name is the object.
                return false;
            }

            if (token.Norm is "a" or "an")
            {
                return true; // an indefinite object: "left a mark"
            }

            if (MoveWords.Prepositions.ContainsKey(token.Norm) || ArabicMorph.InSet(MoveWords.Heads, token.Norm)
                || ArabicMorph.InSet(MoveWords.ObjectFillers, token.Norm) || ArabicMorph.InSet(MoveWords.Roles, token.Norm))
            {
                if (MoveWords.Prepositions.ContainsKey(token.Norm))
                {
                    return false; // "left for", "stepped down from", "رحيله عن": a prepositional object
                }

                continue;
            }

            // An Arabic indefinite accusative (أثرًا، بصمةً) is another object; other words end the search.
            return s.Language.IsIndefiniteAccusative(token.Norm);
        }

        return false;
    }
}
