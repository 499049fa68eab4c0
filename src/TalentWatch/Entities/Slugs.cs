using System.Globalization;
using System.Text;

namespace TalentWatch.Entities;

/// <summary>Stable ASCII ids for entities: "Jürgen Klopp" → jurgen-klopp; Arabic-only names are transliterated.</summary>
public static class Slugs
{
    private static readonly Dictionary<char, string> Arabic = new()
    {
        ['ا'] = "a",
        ['أ'] = "a",
        ['إ'] = "i",
        ['آ'] = "aa",
        ['ٱ'] = "a",
        ['ب'] = "b",
        ['ت'] = "t",
        ['ث'] = "th",
        ['ج'] = "j",
        ['ح'] = "h",
        ['خ'] = "kh",
        ['د'] = "d",
        ['ذ'] = "dh",
        ['ر'] = "r",
        ['ز'] = "z",
        ['س'] = "s",
        ['ش'] = "sh",
        ['ص'] = "s",
        ['ض'] = "d",
        ['ط'] = "t",
        ['ظ'] = "z",
        ['ع'] = "a",
        ['غ'] = "gh",
        ['ف'] = "f",
        ['ق'] = "q",
        ['ك'] = "k",
        ['ل'] = "l",
        ['م'] = "m",
        ['ن'] = "n",
        ['ه'] = "h",
        ['ة'] = "a",
        ['و'] = "w",
        ['ؤ'] = "u",
        ['ي'] = "y",
        ['ى'] = "a",
        ['ئ'] = "i",
        ['ء'] = "",
        ['ڤ'] = "v",
        ['پ'] = "p",
        ['گ'] = "g",
    };

    public static string From(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (Arabic.TryGetValue(c, out var latin))
            {
                builder.Append(latin);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "entity" : slug;
    }
}
