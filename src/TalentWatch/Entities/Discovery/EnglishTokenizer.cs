namespace TalentWatch.Entities.Discovery;

/// <summary>
/// Splits English text into word tokens with offsets and sentence numbers. Words keep inner hyphens, dots and apostrophes
/// ("Alexander-Arnold", "Character.AI", "O'Brien"); a trailing 's is cut off and remembered as a possessive.
/// </summary>
public static class EnglishTokenizer
{
    // Abbreviations whose final dot does not end a sentence ("Mr. Smith", "Sept. 9", "U.S. officials").
    private static readonly HashSet<string> Abbreviations = new(
        ["mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "prof", "gen", "gov", "sen", "rep", "u s", "u k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
        StringComparer.Ordinal);

    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var sentence = 0;
        var atStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark
                    || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }
                var word = text[start..i];
                var possessive = false;
                if (word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)))
                {
                    word = word[..^2];
                    possessive = true;
                }
                else if (i + 1 < text.Length && text[i] is '\'' or '’' && word.EndsWith('s') && !char.IsLetter(text[i + 1]))
                {
                    possessive = true; // plural possessive: "Starbucks' sales"
                }
                tokens.Add(new Token(word, start, start + word.Length, sentence, atStart, possessive));
                atStart = false;
                continue;
            }
            if (c is '\n')
            {
                sentence++;
                atStart = true;
            }
            else if (c is '.' or '!' or '?' && EndsSentence(text, i, tokens))
            {
                sentence++;
                atStart = true;
            }
            else if (c is '“' or '"' or '«' && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                atStart = true; // a quotation starts with a capital whatever the word is
            }
            i++;
        }
        return tokens;
    }

    private static bool IsJoiner(char c) => c is '-' or '.' or '\'' or '’' or '&';

    private static bool EndsSentence(string text, int dot, List<Token> tokens)
    {
        if (text[dot] == '.' && tokens.Count > 0 && tokens[^1].End == dot)
        {
            var last = tokens[^1];
            if ((last.Text.Length == 1 && char.IsUpper(last.Text[0])) || Abbreviations.Contains(last.Key))
            {
                return false; // an initial ("J. Smith") or an abbreviation
            }
        }
        var j = dot + 1;
        while (j < text.Length && text[j] is '"' or '”' or '’' or '\'' or ')' or '»')
        {
            j++;
        }
        return j >= text.Length || char.IsWhiteSpace(text[j]);
    }
}
