using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Frames;

/// <summary>The company a founding is about when none is named right after the trigger.</summary>
internal static class FoundedCompany
{
    // "Acme was (originally) founded": the company right before a passive auxiliary (where the passive has one).
    public static string? PassiveSubject(SentenceContext s, TriggerHit hit)
    {
        if (s.Language.PassiveInVowels)
        {
            return null;
        }

        var i = hit.Start - 1;
        var passive = false;
        while (i >= 0 && (MoveWords.FoundedAuxiliaries.Contains(s.Tokens[i].Norm) || MoveWords.Auxiliaries.Contains(s.Tokens[i].Norm) || s.Tokens[i].Norm is "originally" or "jointly"))
        {
            passive |= MoveWords.FoundedAuxiliaries.Contains(s.Tokens[i].Norm);
            i--;
        }

        return passive && s.Mentions.FirstOrDefault(m => m.Last == i && m.IsOrg && m.Marker is Marker.None) is { } company ? company.Slug : null;
    }

    // "xAI, which Musk founded", التي أسسها: the company before the relative pronoun (or, after a generic head such as
    // "the startup", the company last named); "Anthropic, founded in 2021 by ...": the company in apposition.
    public static string? Antecedent(SentenceContext s, TriggerHit hit)
    {
        for (var i = hit.Start - 1; i >= Math.Max(0, hit.Start - 3); i--)
        {
            if (!MoveWords.Relatives.Contains(s.Tokens[i].Norm))
            {
                continue;
            }

            var j = i - 1;
            while (j >= 0 && s.Tokens[j].Norm is "," or "،" or ")" or "»")
            {
                j--;
            }

            if (s.Mentions.FirstOrDefault(m => m.Last == j) is { } antecedent)
            {
                return antecedent.IsOrg ? antecedent.Slug : null;
            }

            if (j >= 0 && (MoveWords.Heads.Contains(s.Tokens[j].Norm) || GenericObject.IsCompanyNoun(s.Tokens[j].Norm)))
            {
                return s.Mentions.LastOrDefault(m => m.IsOrg && m.Last < j && m.Marker is not Marker.Source)?.Slug;
            }

            return null;
        }

        var apposition = s.Mentions.LastOrDefault(m => m.IsOrg && m.Last < hit.Start);
        return apposition is not null && hit.Start - apposition.Last <= 2 && s.Tokens[apposition.Last + 1].Norm is "," or "،"
            ? apposition.Slug
            : null;
    }
}
