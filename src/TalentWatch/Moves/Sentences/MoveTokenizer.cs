using TalentWatch.Entities;

namespace TalentWatch.Moves.Sentences;

/// <summary>
/// Splits a sentence into words and punctuation marks. English possessive 's becomes its own token because it marks
/// an argument role ("Tesla's engineers" = staff of Tesla); '.' and '-' stay inside words as TextNormalizer keeps them.
/// </summary>
internal static class MoveTokenizer
{
    public static List<MoveToken> Tokenize(string text, Sentence sentence)
    {
        var tokens = new List<MoveToken>();
        var i = sentence.Start;
        var end = sentence.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || TextNormalizer.IsDropped(c))
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                tokens.Add(new MoveToken(i, 1, c.ToString(), IsWord: false));
                i++;
                continue;
            }

            var start = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || TextNormalizer.IsDropped(text[i]) || IsInnerJoiner(text, i, end)))
            {
                i++;
            }

            AddWord(tokens, text, start, i);
        }

        return tokens;
    }

    private static bool IsInnerJoiner(string text, int i, int end) =>
        text[i] is '.' or '-' or '\'' or '’' && i > 0 && i + 1 < end && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);

    private static void AddWord(List<MoveToken> tokens, string text, int start, int stop)
    {
        // "Google's" → "Google" + "'s"; "didn't" stays whole (its normal form carries the negation).
        if (stop - start > 2 && text[stop - 1] is 's' or 'S' && text[stop - 2] is '\'' or '’')
        {
            tokens.Add(Word(text, start, stop - 2));
            tokens.Add(new MoveToken(stop - 2, 2, "'s", IsWord: true));
            return;
        }

        tokens.Add(Word(text, start, stop));
    }

    private static MoveToken Word(string text, int start, int stop) =>
        new(start, stop - start, TextNormalizer.NormalizeName(text[start..stop]), IsWord: true);
}
