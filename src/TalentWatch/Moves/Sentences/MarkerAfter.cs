using TalentWatch.Moves.Languages;

namespace TalentWatch.Moves.Sentences;

/// <summary>
/// The marker a name gets from the words right after it, where a possessor comes first (English): "Tesla's engineers"
/// (staff), "OpenAI's chief scientist", "OpenAI co-founder Ilya Sutskever" (title), "Google's DeepMind" (possessor).
/// </summary>
internal static class MarkerAfter
{
    public static Marker Of(MarkerScan scan, MentionSpan span)
    {
        var tokens = scan.Tokens;
        var blocked = scan.Blocked;
        var i = span.Last + 1;
        if (i < tokens.Count && tokens[i].Norm == "'s")
        {
            i++;
            // "Google's DeepMind": possessor of the real argument; "Acme's Jane Roe": the person's employer.
            if (scan.Spans.Find(s => s.First == i) is { } head)
            {
                return head.IsOrg ? Marker.Possessor : Marker.RoleOf;
            }
        }

        for (var j = i; j < Math.Min(tokens.Count, i + 3); j++)
        {
            // Only the words right after the name: "Mistral AI as chief scientist" is no title of Mistral.
            if (!tokens[j].IsWord || blocked[j] || MoveWords.Prepositions.ContainsKey(tokens[j].Norm) || MarkerClassifier.IsVerbLike(tokens[j].Norm))
            {
                break;
            }

            if (MoveWords.Staff.Contains(tokens[j].Norm))
            {
                return Marker.Staff;
            }

            if (MoveWords.Roles.Contains(tokens[j].Norm))
            {
                return Marker.RoleOf;
            }
        }

        return Marker.None;
    }
}
