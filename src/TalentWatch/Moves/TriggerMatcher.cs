using System.Collections.Frozen;
using TalentWatch.Moves.Languages;

namespace TalentWatch.Moves;

/// <summary>Finds lexicon triggers in a tokenised sentence: longest pattern first, no overlap with names.</summary>
internal static class TriggerMatcher
{
    // Nouns that turn "leave" into an absence, not a departure (on leave, medical leave).
    private static readonly FrozenSet<string> LeaveAsAbsence = MoveWords.Both("frames", "leave-absence");

    public static List<TriggerHit> Find(IReadOnlyList<MoveToken> tokens, bool[] inMention, bool arabic)
    {
        var lexicon = arabic ? MoveLexicon.Arabic.Triggers : MoveLexicon.English.Triggers;
        var hits = new List<TriggerHit>();
        var i = 0;
        while (i < tokens.Count)
        {
            TriggerHit? best = null;
            if (tokens[i].IsWord && !inMention[i])
            {
                foreach (var trigger in lexicon)
                {
                    if (TryMatch(tokens, inMention, i, trigger, out var end, out var prefix)
                        && (best is null || end - i > best.End - best.Start)
                        && !IsAbsence(tokens, i, trigger) && !IsFounderTitle(tokens, i, trigger) && !IsAttributive(tokens, i, end, trigger))
                    {
                        var suffix = trigger.Arabic && trigger.Words.Length == 1 && tokens[i].Norm.Length > prefix.Length + trigger.Words[0].Length;
                        best = new TriggerHit(trigger, i, end, prefix, suffix);
                    }
                }
            }

            if (best is null)
            {
                i++;
                continue;
            }

            hits.Add(best);
            i = best.End;
        }

        return hits;
    }

    private static bool TryMatch(IReadOnlyList<MoveToken> tokens, bool[] inMention, int start, Trigger trigger, out int end, out string prefix)
    {
        end = start;
        prefix = "";
        var words = trigger.Words;
        var t = start;
        for (var w = 0; w < words.Length; w++)
        {
            if (words[w] == "*")
            {
                // Up to two words may stand here ("raised the pay", "زيادة حزم التعويضات"); find where the next word matches.
                var next = words[w + 1];
                var found = -1;
                for (var skip = 0; skip <= 2 && t + skip < tokens.Count; skip++)
                {
                    if (WordMatches(tokens[t + skip], next, trigger, first: false, out _) && !inMention[t + skip])
                    {
                        found = t + skip;
                        break;
                    }

                    if (!tokens[t + skip].IsWord)
                    {
                        break;
                    }
                }

                if (found < 0)
                {
                    return false;
                }

                t = found;
                continue;
            }

            if (t >= tokens.Count || inMention[t] || !WordMatches(tokens[t], words[w], trigger, first: w == 0, out var p))
            {
                return false;
            }

            if (w == 0)
            {
                prefix = p;
            }

            t++;
        }

        end = t;
        return true;
    }

    private static bool WordMatches(MoveToken token, string word, Trigger trigger, bool first, out string prefix)
    {
        prefix = "";
        if (!token.IsWord)
        {
            return false;
        }

        if (!trigger.Arabic)
        {
            return token.Is(word);
        }

        // Later words of an Arabic phrase are nouns or particles (رواتب، على، عقد): they may take the article.
        return ArabicMorph.Matches(token.Norm, word, noun: !first || trigger.Has(TriggerFlags.Noun), out prefix);
    }

    // شريكه في التأسيس ("his partner in founding") is the title co-founder, not a founding.
    private static bool IsFounderTitle(IReadOnlyList<MoveToken> tokens, int i, Trigger trigger) =>
        trigger.Arabic && trigger.Type == MoveType.Found && i >= 2 && tokens[i - 1].Norm == "في"
        && ArabicMorph.Split(tokens[i - 2].Norm).Core.StartsWith("شريك", StringComparison.Ordinal);

    // "departing researchers", "leaving employees": a participle describing staff, not somebody's departure.
    private static bool IsAttributive(IReadOnlyList<MoveToken> tokens, int i, int end, Trigger trigger) =>
        !trigger.Arabic && trigger.Type == MoveType.Leave && end == i + 1 && tokens[i].Norm.EndsWith("ing", StringComparison.Ordinal)
        && end < tokens.Count && MoveWords.Staff.Contains(tokens[end].Norm);

    private static bool IsAbsence(IReadOnlyList<MoveToken> tokens, int i, Trigger trigger) =>
        !trigger.Arabic && tokens[i].Is("leave") && i > 0 && LeaveAsAbsence.Contains(tokens[i - 1].Norm);
}
