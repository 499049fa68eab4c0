using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace TalentWatch.Extraction;

/// <summary>Headings such as "Related articles" or "الأكثر قراءة" and the link lists under them.</summary>
internal static partial class RelatedLinksHeading
{
    private const int MaxHeadingChars = 60;

    public static bool IsRelatedHeading(IElement e)
    {
        if (e.LocalName is not ("h2" or "h3" or "h4" or "h5" or "h6"))
        {
            return false;
        }

        var text = e.TextContent;
        return text.Length <= MaxHeadingChars * 4 && IsRelatedHeadingText(CleanText.FoldForMatching(text));
    }

    /// <summary>Whether folded text reads like the label of a related-links list ("Related stories:", "الأكثر قراءة").</summary>
    public static bool IsRelatedHeadingText(string folded) => folded.Length <= MaxHeadingChars && Pattern().IsMatch(folded.Trim());

    /// <summary>Sibling elements after the heading that are mostly links, up to the first one that is not.</summary>
    public static IEnumerable<IElement> LinkListsAfter(IElement heading, TextStats stats)
    {
        for (var s = heading.NextElementSibling; s is not null; s = s.NextElementSibling)
        {
            if (s.LocalName.StartsWith('h') && s.LocalName.Length == 2)
            {
                yield break;
            }

            if (stats.TextLength(s) > 0 && stats.LinkDensity(s) < 0.5)
            {
                yield break;
            }

            yield return s;
        }
    }

    [GeneratedRegex(@"^(related( articles| stories| posts| news| coverage| content| reading| topics)?|top stories|read (more|also|next)|more (from|on|about|stories|news)\b.*|you (may|might) (also )?like|recommended( for you)?|most (read|popular|viewed|shared)|popular( now| stories)?|trending( now)?|see also|also read|further reading|comments?( \(\d+\))?|leave a (comment|reply)|اقرا (ايضا|كذلك|المزيد)|الاكثر (قراءه|مشاهده|تداولا)|(مواضيع|اخبار|مقالات) (ذات صله|متعلقه|مشابهه)|شاهد ايضا|طالع ايضا|قد يعجبك ايضا|التعليقات|اخبار متعلقه|" +
        // English lists not covered above, then German, French, Spanish, Italian, Portuguese and Polish ones.
        @"explore further|more like this|(what|things) to read next|editor'?s picks|you may also be interested in|" +
        @"ähnliche (beiträge|artikel|themen)|verwandte (beiträge|artikel|themen)|(das|dieses)( thema)? könnte (sie|dich) auch interessieren|auch interessant|" +
        @"weitere (themen|artikel|beiträge|nachrichten|meldungen)|empfohlene (beiträge|artikel)|neueste beiträge|beliebte beiträge|" +
        @"meist ?(gelesen|geklickt|diskutiert|kommentiert)|meist-(gelesen|diskutiert)|mehr zum thema|passend zum thema|weiterführende? links?|" +
        @"kommentare?( schreiben| verfassen)?|kommentieren|weiterführende (informationen|links?|artikel|beiträge)|weitere informationen|" +
        @"schon gelesen\??|zum weiterlesen|lust auf mehr\??|mehr themen|verwandte themen(bereiche)?|mehr (zu|zum|zur|aus|von)\b.{0,40}|" +
        @"inhaltsverzeichnis|table of contents|schlagw(o|ö)rte|temas( relacionados)?|" +
        @"articles? (similaires|liés|connexes)|sur le même (sujet|thème)|les plus (lus|populaires)|commentaires?|" +
        @"(noticias|artículos|notas) relacionad[oa]s|lo más (leído|visto)|más leíd[oa]s|comentarios?|también te puede interesar|" +
        @"articoli correlati|i più letti|commenti|notícias relacionadas|mais lid[oa]s|leia também|veja também|" +
        @"zobacz (też|także|również)|czytaj (też|także|również)|najczęściej czytane|podobne artykuły|komentarze)\s*[:.]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
