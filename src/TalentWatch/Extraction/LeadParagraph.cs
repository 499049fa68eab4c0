using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>
/// The standfirst many sites print between the headline and the body, outside the body's container ("lead", "intro",
/// "teaser", "excerpt"): part of the story, and often its best summary.
/// </summary>
internal static class LeadParagraph
{
    private const int MinChars = 40;
    private const int MaxChars = 1200;
    private const int MinSubtitleChars = 60;
    private const double MaxLinkDensity = 0.3;

    private static readonly HashSet<string> LeadTokens = new(StringComparer.Ordinal)
    {
        "lead", "intro", "teaser", "summary", "excerpt", "abstract", "standfirst", "subtitle", "dek", "deck", "subline",
        "leader", "preface", "chapo", "chapeau", "sommario", "vorspann", "perex", "bajada", "entradilla", "documentdescription",
    };

    // The same words at the end of a name run together ("articleIntro", "DefaultEinleitung", "artikelVorspann").
    private static readonly string[] LeadEndings = ["intro", "lead", "teaser", "vorspann", "einleitung", "abstract", "preface", "chapo"];

    /// <summary>The lead just before the first container and after the page's headline, if there is one.</summary>
    public static IElement? Before(IElement body, IReadOnlyList<IElement> containers, TextStats stats)
    {
        if (containers.Count == 0 || containers[0] == body)
        {
            return null;
        }

        var first = containers[0];
        var headline = body.QuerySelector("h1");
        IElement? lead = null;
        foreach (var e in DomWalk.Elements(body, descend: e => e != first))
        {
            if (e == first || (first.CompareDocumentPosition(e) & DocumentPositions.Preceding) == 0)
            {
                continue;
            }

            if (headline is not null && headline != e && (headline.CompareDocumentPosition(e) & DocumentPositions.Following) == 0)
            {
                continue;
            }

            var length = stats.TextLength(e);
            if ((IsLead(e) || IsSubtitle(e, headline, length)) && length is >= MinChars and <= MaxChars && stats.LinkDensity(e) < MaxLinkDensity && !e.Contains(first))
            {
                lead = e;
            }
        }

        return lead;
    }

    /// <summary>
    /// A subtitle printed as the heading right under the headline: sentence-length, unlike a section label or a kicker.
    /// </summary>
    private static bool IsSubtitle(IElement e, IElement? headline, int length) =>
        headline is not null && e.LocalName is "h2" or "h3" && length >= MinSubtitleChars && e.PreviousElementSibling == headline;

    private static bool IsLead(IElement e) =>
        ClassHints.Tokens((e.GetAttribute("class") + " " + e.Id).ToLowerInvariant())
            .Any(t => LeadTokens.Contains(t) || LeadEndings.Any(ending => t.EndsWith(ending, StringComparison.Ordinal)));
}
