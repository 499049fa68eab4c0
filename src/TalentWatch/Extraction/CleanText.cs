using System.Text;

namespace TalentWatch.Extraction;

/// <summary>Whitespace and Arabic spelling normalisation shared by the extractors.</summary>
internal static class CleanText
{
    /// <summary>Collapses every run of whitespace (including NBSP and zero-width marks) to one space and drops soft hyphens.</summary>
    public static string CollapseWhitespace(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            // A soft hyphen only marks where a word may break ("Ita&shy;li&shy;ens"); kept, it splits the word for search.
            if (c == '\u00AD')
            {
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Folds Arabic letter variants, diacritics and tatweel and lower-cases Latin, so that boilerplate
    /// phrases match however an editor spelled them ("اقرأ أيضًا", "إقرأ أيضاً", "اقرا ايضا").
    /// </summary>
    public static string FoldForMatching(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case 'أ' or 'إ' or 'آ' or 'ٱ':
                    sb.Append('ا');
                    break;
                case 'ى':
                    sb.Append('ي');
                    break;
                case 'ة':
                    sb.Append('ه');
                    break;
                case 'ـ':
                    break;
                case >= '\u064B' and <= '\u065F' or '\u0670':
                    break;
                default:
                    sb.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return CollapseWhitespace(sb.ToString());
    }
}
