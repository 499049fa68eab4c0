using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;
using TalentWatch.Vocabulary;

namespace TalentWatch.Moves.Frames;

/// <summary>
/// "OpenAI has hired four engineers from Tesla and Meta. The new hires are A, who ran software at Tesla; B, an engineer
/// from xAI; and C.": a sentence that opens with the people a hire brought in and lists them. Each listed person joins
/// the company that hired in the sentence before, from the company named in their own item.
/// </summary>
internal static class ArrivalLists
{
    private const double Confidence = 0.75;

    private static readonly Trigger Listing = Trigger.Create(MoveType.Join, TriggerFrame.OrgHires, Confidence, TriggerFlags.None, "are");

    public static List<MoveCandidate> Expand(SentenceContext s, List<MoveCandidate> candidates, DiscourseState discourse)
    {
        if (discourse.RecentHireTo is not { } to || candidates.Exists(c => c.Person is not null) || Copula(s) is not { } copula)
        {
            return candidates;
        }
        var items = PersonLists.Items(s, copula, to);
        // The list starts right after its copula, a title at most between ("are Professor A"); "are expected to start in
        // May, said B" lists nobody.
        if (items.Count == 0 || items[0].Person.First - copula > 3)
        {
            return candidates;
        }
        var hit = new TriggerHit(Listing, copula, copula + 1, "", PronounSuffix: false);
        return [.. candidates, .. items.Select(item => new MoveCandidate(MoveType.Join, item.Person.Slug, item.Origin, to, Confidence, hit))];
    }

    // An arrival noun among the sentence's first words with no name before it ("The new hires", "Those arrivals"), then
    // its copula within two words.
    private static int? Copula(SentenceContext s)
    {
        for (var i = 0; i < Math.Min(5, s.Tokens.Count); i++)
        {
            if (!ArabicMorph.InSet(MoveWords.ArrivalNouns, s.Tokens[i].Norm) || s.Mentions.Exists(m => m.First < i))
            {
                continue;
            }
            for (var j = i + 1; j < Math.Min(i + 4, s.Tokens.Count); j++)
            {
                if (ArabicMorph.InSet(MoveWords.ListCopulas, s.Tokens[j].Norm))
                {
                    return j;
                }
            }
        }
        return null;
    }
}
