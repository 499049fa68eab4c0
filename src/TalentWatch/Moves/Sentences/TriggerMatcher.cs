using TalentWatch.Moves.Languages;

namespace TalentWatch.Moves.Sentences;

/// <summary>Finds lexicon triggers in a tokenised sentence: longest pattern first, no overlap with names.</summary>
internal sealed class TriggerMatcher(IReadOnlyList<MoveToken> tokens, bool[] inMention, MoveLanguage language)
{
    public static List<TriggerHit> Find(IReadOnlyList<MoveToken> tokens, bool[] inMention, MoveLanguage language) =>
        new TriggerMatcher(tokens, inMention, language).Find();

    private List<TriggerHit> Find()
    {
        var hits = new List<TriggerHit>();
        var i = 0;
        while (i < tokens.Count)
        {
            TriggerHit? best = null;
            if (tokens[i].IsWord && !inMention[i])
            {
                foreach (var trigger in language.Triggers)
                {
                    if (TryMatch(i, trigger, out var end, out var prefix)
                        && (best is null || end - i > best.End - best.Start)
                        && !language.Vetoes(tokens, i, end, trigger))
                    {
                        // Letters left after the stem are an attached pronoun (أسسها): whole-word matches leave none.
                        var suffix = trigger.Words.Length == 1 && tokens[i].Norm.Length > prefix.Length + trigger.Words[0].Length;
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

    private bool TryMatch(int start, Trigger trigger, out int end, out string prefix)
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
                    if (WordMatches(tokens[t + skip], next, mayTakeArticle: true, out _) && !inMention[t + skip])
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

            if (t >= tokens.Count || inMention[t] || !WordMatches(tokens[t], words[w], mayTakeArticle: w > 0 || trigger.Has(TriggerFlags.Noun), out var p))
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

    // Only a noun takes the article; the later words of a phrase are nouns or particles (رواتب، على، عقد).
    private bool WordMatches(MoveToken token, string word, bool mayTakeArticle, out string prefix)
    {
        prefix = "";
        return token.IsWord && language.Matches(token, word, mayTakeArticle, out prefix);
    }
}
