using System.Globalization;
using System.Text;

namespace TalentWatch.Entities.Discovery;

/// <summary>
/// The comparison form of a name: lower case, diacritics and tatweel removed, Arabic letter variants folded
/// (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي), punctuation turned into single spaces. Two surface forms of the same name
/// ("Jürgen"/"Jurgen", "أسامة"/"اسامه") get the same key, which is also how the gold scorer compares names.
/// </summary>
public static class NameKey
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark || raw == 'ـ')
            {
                continue;
            }
            var c = FoldArabic(char.ToLowerInvariant(raw));
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                pendingSpace = false;
                sb.Append(c);
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString();
    }

    // Normalize throws on half a surrogate pair, which a tokenizer can cut off an emoji; it carries no name anyway.
    private static string WithoutLoneSurrogates(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(text, i, 2);
                i++;
            }
            else if (!char.IsSurrogate(text[i]))
            {
                sb.Append(text[i]);
            }
        }
        return sb.ToString();
    }

    public static char FoldArabic(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        _ => c,
    };
}
