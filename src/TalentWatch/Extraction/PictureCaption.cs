using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>How a short box around a picture shows that its text is the picture's caption or credit, not the story.</summary>
internal static partial class PictureCaption
{
    private static readonly HashSet<string> CaptionTokens = new(StringComparer.Ordinal)
    {
        "caption", "credit", "credits", "copyright", "legend", "annotation", "bildunterschrift", "bildtext", "legende",
    };

    /// <summary>A copyright sign or a credit label in the text, or a caption's name on the box or inside it.</summary>
    public static bool IsCaption(IElement box)
    {
        var text = DomWalk.Text(box);
        if (text.Contains('©', StringComparison.Ordinal) || CreditLabel().IsMatch(text))
        {
            return true;
        }

        return HasCaptionName(box) || box.QuerySelectorAll("[class], [id]").Any(HasCaptionName);
    }

    private static bool HasCaptionName(IElement e) =>
        ClassHints.Tokens((e.GetAttribute("class") + " " + e.Id).ToLowerInvariant()).Any(CaptionTokens.Contains);

    [GeneratedRegex(@"(^|\s)(fotos?|photos?|bild|image|abbildung|quelle|source|credits?)\s*[:©]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CreditLabel();
}
