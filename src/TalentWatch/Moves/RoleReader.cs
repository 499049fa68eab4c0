using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves;

/// <summary>
/// The post a move is into, when the text says it next to the trigger: "joined as chief scientist",
/// "named CEO of X", بمنصب كبير العلماء، رئيسًا تنفيذيًا. Only title words are kept, so "as part of a deal" is no role.
/// </summary>
internal static class RoleReader
{
    private const int MaxWords = 5;

    public static string? Find(SentenceContext s, TriggerHit hit)
    {
        // The role follows the trigger, possibly after the hired person's name (named Tom Becker as CEO).
        var limit = Math.Min(s.Tokens.Count, hit.End + 8);
        for (var i = hit.End; i < limit; i++)
        {
            var word = s.Tokens[i].Norm;
            var opener = MoveWords.RoleOpeners.Contains(word);
            if (!opener && !IsTitle(word))
            {
                continue;
            }

            var start = opener ? i + 1 : i;
            var end = start;
            var hasTitle = false;
            while (end < s.Tokens.Count && end - start < MaxWords && s.Tokens[end].IsWord && !s.Mentions.Exists(m => m.First == end)
                   && (IsTitle(s.Tokens[end].Norm) || MoveWords.RoleFillers.Contains(s.Tokens[end].Norm)))
            {
                hasTitle |= IsTitle(s.Tokens[end].Norm);
                end++;
            }

            while (end > start && MoveWords.RoleFillers.Contains(s.Tokens[end - 1].Norm) && s.Tokens[end - 1].Norm is "of" or "and" or "the" or "its")
            {
                end--;
            }

            if (hasTitle && end > start)
            {
                return s.Text[s.Tokens[start].Start..s.Tokens[end - 1].End];
            }
        }

        return null;
    }

    private static bool IsTitle(string word) => MoveWords.Roles.Contains(word) || MoveWords.RoleAccusatives.Contains(word);
}
