using System.Globalization;

namespace TalentWatch.Entities.Discovery;

/// <summary>Splits Arabic text into words and punctuation. Hyphenated words stay whole ("ألكسندر-أرنولد").</summary>
public static class ArabicTokenizer
{
    public static List<ArabicToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<ArabicToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && (IsWordChar(text[i]) || (text[i] is '-' or '.' or '\'' && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > start)))
                {
                    i++;
                }
                var word = text[start..i];
                var arabic = word.Any(IsArabicLetter);
                tokens.Add(new ArabicToken(word, start, i, arabic, !arabic && word.Any(ch => ch is >= 'A' and <= 'Z' or >= 'a' and <= 'z')));
                continue;
            }
            if (!char.IsWhiteSpace(c))
            {
                tokens.Add(new ArabicToken(c.ToString(), i, i + 1, false, false));
            }
            i++;
        }
        return tokens;
    }

    public static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A' or >= '\u066E' and <= '\u06D3' or >= '\u06FA' and <= '\u06FF';

    private static bool IsWordChar(char c) =>
        IsArabicLetter(c) || c == 'ـ' || char.IsLetterOrDigit(c) && c is not ('،' or '؛' or '؟')
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
