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
        var decomposed = text.Normalize(NormalizationForm.FormKD);
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
