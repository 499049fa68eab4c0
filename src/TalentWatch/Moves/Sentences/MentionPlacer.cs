using TalentWatch.Entities;

namespace TalentWatch.Moves.Sentences;

/// <summary>Places a sentence's entity mentions on its tokens, one span per name however often it is spelt in a row.</summary>
internal static class MentionPlacer
{
    public static List<MentionSpan> Place(string text, List<MoveToken> tokens, Sentence sentence, IReadOnlyList<EntityMention> mentions)
    {
        var spans = new List<MentionSpan>();
        foreach (var mention in mentions)
        {
            if (mention.InTitle != sentence.InTitle || mention.Start < sentence.Start || mention.Start + mention.Length > sentence.End)
            {
                continue;
            }

            var first = tokens.FindIndex(t => t.End > mention.Start);
            var last = tokens.FindLastIndex(t => t.Start < mention.Start + mention.Length);
            if (first < 0 || last < first)
            {
                continue;
            }

            var prefix = TextNormalizer.NormalizeName(text[tokens[first].Start..mention.Start]);
            var span = ArabicBeforeLatin(tokens, spans, first, last) is { } arabicFirst
                ? new MentionSpan(mention.Slug, mention.Kind, arabicFirst, last, ConjunctionPrefix(tokens[arabicFirst].Norm))
                : new MentionSpan(mention.Slug, mention.Kind, first, last, prefix);

            // "أوبن إيه آي (OpenAI)": the bracketed repeat is the same mention, not a second argument.
            if (spans.Count > 0 && spans[^1] is { } previous && previous.Slug == span.Slug && OnlyBrackets(tokens, previous.Last + 1, first))
            {
                // "وتوماس بيكر (Tom Becker)" with only the surname known: the given name before it belongs to the mention.
                var missing = (last - first) - (previous.Last - previous.First);
                var start = previous.First;
                while (missing-- > 0 && start > 0 && tokens[start - 1].IsWord && IsArabicWord(tokens[start - 1].Norm)
                       && (spans.Count < 2 || spans[^2].Last < start - 1))
                {
                    start--;
                }

                spans[^1] = start == previous.First
                    ? previous with { Last = last }
                    : new MentionSpan(previous.Slug, previous.Kind, start, last, ConjunctionPrefix(tokens[start].Norm));
                continue;
            }

            if (spans.Count > 0 && spans[^1].Last >= first)
            {
                continue; // overlapping mentions: keep the first (the matcher's longest)
            }

            spans.Add(span);
        }

        return spans;
    }

    /// <summary>
    /// "وإكين دوغوش جوبوك (Ekin Dogus Cubuk)": a known Latin name in brackets after as many Arabic words that no mention
    /// covers is the same name in another spelling; the mention starts at the Arabic words.
    /// </summary>
    private static int? ArabicBeforeLatin(List<MoveToken> tokens, List<MentionSpan> spans, int first, int last)
    {
        if (first < 2 || tokens[first - 1].Norm != "(" || !tokens[first].Norm.All(char.IsAscii))
        {
            return null;
        }

        var words = last - first + 1;
        var start = first - 1;
        for (var i = first - 2; i >= 0 && first - 1 - i <= words; i--)
        {
            if (!tokens[i].IsWord || !IsArabicWord(tokens[i].Norm) || spans.Exists(m => m.First <= i && i <= m.Last))
            {
                break;
            }

            start = i;
        }

        return first - 1 - start == words ? start : null;
    }

    private static bool IsArabicWord(string word) => word.All(c => c >= '\u0600' && c <= '\u06FF');

    // The conjunction on the first word of a name ("وإكين"): what coordination needs to see.
    private static string ConjunctionPrefix(string word) => word.Length > 3 && word[0] == 'و' ? "و" : "";

    private static bool OnlyBrackets(List<MoveToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].IsWord || tokens[i].Norm is not ("(" or ")" or "«" or "»" or "\"" or "“" or "”"))
            {
                return false;
            }
        }

        return true;
    }
}
