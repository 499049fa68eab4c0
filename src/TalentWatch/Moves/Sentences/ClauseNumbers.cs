using TalentWatch.Moves.Languages;

namespace TalentWatch.Moves.Sentences;

/// <summary>Numbers the clauses of a sentence: the arguments of a trigger rarely cross a clause break.</summary>
internal static class ClauseNumbers
{
    /// <summary>The clause number of each token.</summary>
    public static int[] Of(List<MoveToken> tokens)
    {
        var clause = new int[tokens.Count];
        var id = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Norm is ";" or "؛" || (t.IsWord && MoveWords.ClauseBreaks.Contains(t.Norm)) || IsArabicBreak(tokens, i))
            {
                id++;
            }

            clause[i] = id;
        }

        return clause;
    }

    // "في حين" (whereas) and "غير أن" (however) are two-word clause breaks.
    private static bool IsArabicBreak(List<MoveToken> tokens, int i) =>
        i + 1 < tokens.Count && ((tokens[i].Norm is "في" or "وفي" && tokens[i + 1].Norm == "حين") || (tokens[i].Norm is "غير" && tokens[i + 1].Norm is "ان"));
}
