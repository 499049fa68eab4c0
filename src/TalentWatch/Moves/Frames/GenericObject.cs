using System.Collections.Frozen;
using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Frames;

/// <summary>
/// A generic noun as a trigger's object ("left the company", "joined the team", الشركة الجديدة): it refers to a company
/// named elsewhere, which the frames take from the sentence or from what earlier sentences said.
/// </summary>
internal static class GenericObject
{
    public static bool CompanyAfter(SentenceContext s, TriggerHit hit) => After(s, hit, MoveWords.GenericCompanies);

    public static bool TeamAfter(SentenceContext s, TriggerHit hit) => After(s, hit, MoveWords.GenericTeams);

    /// <summary>A generic company noun, as written (no clitics).</summary>
    public static bool IsCompanyNoun(string word) => MoveWords.GenericCompanies.Contains(word);

    private static bool After(SentenceContext s, TriggerHit hit, FrozenSet<string> heads)
    {
        for (var i = hit.End; i < Math.Min(s.Tokens.Count, hit.End + 3); i++)
        {
            var word = s.Tokens[i].Norm;
            if (ArabicMorph.InSet(heads, word))
            {
                return true;
            }

            if (!MoveWords.ObjectDeterminers.Contains(word))
            {
                return false;
            }
        }

        return false;
    }
}
