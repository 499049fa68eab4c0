using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>Decides "ar" or "en" from declarations and the script of the text.</summary>
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
            else if (char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c)))
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
        }.Select(Normalize).FirstOrDefault(l => l is not null);

        var share = ArabicShare(bodyText);
        if (declared is not null)
        {
            // Templates often ship a wrong lang attribute; the script of the body is harder to get wrong.
            return share switch
            {
                >= StrongContradiction when declared == "en" => "ar",
                <= 1 - StrongContradiction when declared == "ar" => "en",
                _ => declared,
            };
        }

        if (share is { } s)
        {
            return s >= ArabicMajority ? "ar" : "en";
        }

        return Normalize(hint) ?? "en";
    }

    private static string? Normalize(string? tag)
    {
        var t = tag?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }

        return t.StartsWith("AR", StringComparison.Ordinal) ? "ar" : t.StartsWith("EN", StringComparison.Ordinal) ? "en" : null;
    }

    private static bool IsArabicLetter(char c) =>
        (c is >= '\u0620' and <= '\u064A') || (c is >= '\u066E' and <= '\u06D3') || (c is >= '\u0750' and <= '\u077F')
        || (c is >= '\uFB50' and <= '\uFDFF') || (c is >= '\uFE70' and <= '\uFEFF');
}
