using TalentWatch.Moves.Languages;
using TalentWatch.Moves.Sentences;

namespace TalentWatch.Moves.Frames;

/// <summary>
/// Staff as the object of a hiring verb ("hired engineers", لتوظيف العمال، استقطاب xAI لمهندسين): the object is staff,
/// not the names further on.
/// </summary>
internal static class StaffObject
{
    public static bool First(SentenceContext s, TriggerHit hit, MentionSpan agent)
    {
        for (var i = hit.End; i < Math.Min(s.Tokens.Count, hit.End + 8); i++)
        {
            if (i >= agent.First && i <= agent.Last)
            {
                continue;
            }

            // "a dozen OpenAI researchers": the staff's company in front of the staff noun.
            if (s.Mentions.Find(m => m.IsOrg && m.First <= i && i <= m.Last && m.Marker is Marker.Staff) is { } owner)
            {
                i = owner.Last;
                continue;
            }

            // "استقطب العام الماضي ثلاثة مهندسين": a time phrase may stand between the verb and its staff object.
            if (MoveDates.RelativePhraseAt(s.Tokens, i))
            {
                i++;
                continue;
            }

            var word = s.Tokens[i].Norm;
            if (ArabicMorph.InSet(MoveWords.Staff, word))
            {
                // "المهندس توم بيكر", "باحثة غوغل لينا حداد": a job noun in front of a name is the person's title.
                return !s.Mentions.Exists(m => m.IsPerson && m.First > i && m.First <= i + 4 && OnlyNamesBetween(s, i + 1, m.First));
            }

            // MoveWords.StaffQuantifiers may stand before the staff noun: "at least four researchers", عددًا من، أربعة باحثين.
            // A nationality after the company (استقطبت مجموعة جي 42 الإماراتية ثلاثة باحثين) is part of its name phrase.
            if (!MoveWords.Heads.Contains(word) && !MoveWords.StaffQuantifiers.Contains(word) && !word.All(char.IsDigit) && !MoveWords.Numbers.Contains(word)
                && !(i == agent.Last + 1 && s.Language.IsAdjectiveAfterName(word)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool OnlyNamesBetween(SentenceContext s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!s.Mentions.Exists(m => m.First <= i && i <= m.Last) && s.Tokens[i].Norm is not ("(" or ")"))
            {
                return false;
            }
        }

        return true;
    }
}
