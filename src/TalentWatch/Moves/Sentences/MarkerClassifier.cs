using TalentWatch.Moves.Languages;

namespace TalentWatch.Moves.Sentences;

/// <summary>
/// Gives each mention the role marker of its context: what stands before it (<see cref="MarkerBefore"/>) or, where a
/// possessor comes first, after it (<see cref="MarkerAfter"/>); a conjunct shares the marker of the name before it.
/// </summary>
internal static class MarkerClassifier
{
    public static void Classify(MarkerScan scan)
    {
        MentionSpan? previous = null;
        foreach (var span in scan.Spans)
        {
            var marker = MarkerBefore.Of(scan, span);
            if (marker is Marker.None && !scan.Language.PossessorFollows)
            {
                marker = MarkerAfter.Of(scan, span);
            }

            // Coordination ("from OpenAI, Apple and Google", من أوبن إيه آي وأبل): share the first conjunct's marker.
            if (marker is Marker.Conj)
            {
                marker = previous is not null && previous.Kind == span.Kind && span.First - previous.Last <= 4 ? previous.Marker : Marker.None;
            }

            // "from Meta's Fundamental AI Research lab": the head takes the possessor's preposition, the possessor is one.
            if (marker is Marker.None && span.IsOrg && previous is { IsOrg: true } owner && span.First == owner.Last + 2
                && scan.Tokens[owner.Last + 1].Norm == "'s" && owner.Marker is not (Marker.None or Marker.Possessor))
            {
                (marker, owner.Marker) = (owner.Marker, Marker.Possessor);
            }

            // "she said in a LinkedIn post", "على منصة «إكس»": the platform something was posted on, whatever stands before
            // it. The platform noun follows the name in English and heads it in Arabic.
            if (span.IsOrg && PlatformNounBeside(scan, span))
            {
                marker = Marker.Source;
            }

            // "a former research scientist at Google DeepMind", "المدير السابق في ديب مايند": where the person came from.
            if (marker is Marker.At or Marker.RoleOf or Marker.Of && FormerBefore(scan, span))
            {
                marker = Marker.From;
            }

            span.Marker = marker;
            previous = span;
        }
    }

    private static bool PlatformNounBeside(MarkerScan scan, MentionSpan span)
    {
        var tokens = scan.Tokens;
        if (!scan.Language.PossessorFollows)
        {
            return span.Last + 1 < tokens.Count && MoveWords.PlatformNouns.Contains(tokens[span.Last + 1].Norm);
        }

        var before = span.First - 1;
        if (before >= 0 && tokens[before].Norm == "«")
        {
            before--;
        }

        if (before >= 0 && tokens[before].Norm is "علي" or "عبر")
        {
            before--; // "عبر حسابه على لينكد إن"
        }

        return before >= 0 && ArabicMorph.InSet(MoveWords.PlatformNouns, tokens[before].Norm);
    }

    private static bool FormerBefore(MarkerScan scan, MentionSpan span)
    {
        var tokens = scan.Tokens;
        var blocked = scan.Blocked;
        for (var i = span.First - 1; i >= Math.Max(0, span.First - 6); i--)
        {
            if (blocked[i] || (!tokens[i].IsWord && tokens[i].Norm is not ("(" or "«")))
            {
                return false;
            }

            if (MoveWords.Former.Contains(tokens[i].Norm))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word that ends a name's phrase: a verb form, a relative pronoun, a number.</summary>
    public static bool IsVerbLike(string word) =>
        MoveWords.VerbLike.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal) || char.IsAsciiDigit(word[0]);
}
