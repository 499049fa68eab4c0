using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>The page's language code ("en", "ar", "de"…; "und" when nothing tells) from its declarations and its text.</summary>
public static class LanguageDetector
{
    private const int MinLettersForDetection = 40;
    private const double ArabicMajority = 0.4;
    private const double StrongContradiction = 0.7;

    /// <summary>Share of Arabic-script letters among Arabic and Latin letters, or null when the text has too few letters.</summary>
    public static double? ArabicShare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int arabic = 0, latin = 0;
        foreach (var c in text)
        {
            if (IsArabicLetter(c))
            {
                arabic++;
            }
            else if (IsLatinLetter(c))
            {
                latin++;
            }
        }

        return arabic + latin < MinLettersForDetection ? null : (double)arabic / (arabic + latin);
    }

    internal static string Detect(IDocument document, MetaTags meta, JsonLdReader jsonLd, string bodyText, string? hint)
    {
        var declared = new[]
        {
            document.DocumentElement?.GetAttribute("lang"), document.DocumentElement?.GetAttribute("xml:lang"),
            meta.Get("og:locale"), meta.Get("content-language", "language", "dc.language"), jsonLd.InLanguage,
        }.Select(PrimarySubtag).FirstOrDefault(l => l is not null);

        var share = ArabicShare(bodyText);
        var guessed = TextLanguage.Guess(bodyText);
        if (declared is not null)
        {
            // Templates often ship a wrong lang attribute (an English theme on an Arabic or German site); the script and
            // the commonest words of the body are harder to get wrong.
            return share switch
            {
                >= StrongContradiction when declared == "en" => "ar",
                <= 1 - StrongContradiction when declared == "ar" => guessed ?? "en",
                _ when declared == "en" && guessed is not null and not "ar" => guessed,
                _ => declared,
            };
        }

        if (guessed is not null)
        {
            return guessed;
        }

        if (share is { } s && s >= ArabicMajority)
        {
            return "ar";
        }

        return PrimarySubtag(hint) ?? "und";
    }

    /// <summary>"en-US", "de_DE" and "AR" as "en", "de" and "ar"; null for an empty, undetermined or malformed tag.</summary>
    private static string? PrimarySubtag(string? tag)
    {
        var t = tag?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }

        var end = t.IndexOfAny(['-', '_']);
        var primary = (end < 0 ? t : t[..end]).ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) && primary != "und" ? primary : null;
    }

    /// <summary>Latin letters, accented ones included (to U+024F).</summary>
    internal static bool IsLatinLetter(char c) => char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c));

    /// <summary>Letters of the Arabic script (Persian and Urdu letters included), not its diacritics, digits or signs.</summary>
    internal static bool IsArabicLetter(char c) =>
        (c is >= '\u0620' and <= '\u064A') || (c is >= '\u066E' and <= '\u06D3') || (c is >= '\u0750' and <= '\u077F')
        || (c is >= '\uFB50' and <= '\uFDFF') || (c is >= '\uFE70' and <= '\uFEFF');
}
