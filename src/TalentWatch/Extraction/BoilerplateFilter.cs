using System.Text.RegularExpressions;

namespace TalentWatch.Extraction;

/// <summary>Drops the lines inside an article body that are not the story: related links, bylines, press boilerplate.</summary>
internal static partial class BoilerplateFilter
{
    private const double MaxLinkDensity = 0.5;
    private const int ShortLineChars = 100;

    private static readonly HashSet<string> ExactBoilerplate = new(StringComparer.Ordinal)
    {
        "advertisement", "advertisement.", "ad", "sponsored", "share", "share this", "share this article", "share this story",
        "continue reading", "continue reading below", "story continues below", "story continues below advertisement",
        "click here", "subscribe", "sign up", "follow us", "comments", "loading...", "skip to content", "print", "email",
        "إعلان", "اعلان", "شارك", "شارك المقال", "تابعونا", "مشاركه", "اقرا المزيد", "for immediate release", "###", "-30-",

        // The same one-word lines on German, French, Spanish, Italian and Polish pages.
        "anzeige", "werbung", "teilen", "drucken", "rezept drucken", "artikel drucken", "weiterlesen", "mehr lesen", "kontakt",
        "permalink", "permalien", "imprimer", "partager", "lire la suite", "publicité", "compartir", "imprimir", "publicidad",
        "leer más", "condividi", "stampa", "leggi tutto", "pubblicità", "drukuj", "udostępnij", "czytaj więcej", "więcej", "reklama",
    };

    public static IReadOnlyList<string> Clean(List<TextBlock> blocks, string title)
    {
        var kept = new List<TextBlock>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var foldedTitle = CleanText.FoldForMatching(title);
        foreach (var b in blocks)
        {
            var folded = CleanText.FoldForMatching(b.Text);
            if (EndMarker().IsMatch(folded))
            {
                break;
            }

            if (b.Tag == "h1" || folded == foldedTitle || !seen.Add(folded) || IsBoilerplate(b, folded))
            {
                continue;
            }

            kept.Add(b);
        }

        DropTrailingAboutSection(kept);
        return kept.Select(b => b.Text).ToList();
    }

    private static bool IsBoilerplate(TextBlock b, string folded)
    {
        if (ExactBoilerplate.Contains(folded) || ExactBoilerplate.Contains(folded.Trim(BoilerplatePunctuation)) || RelatedLinksHeading.IsRelatedHeadingText(folded)
            || (b.Text.Length <= ShortLineChars && (Rating().IsMatch(folded) || Label().IsMatch(folded))))
        {
            return true;
        }

        // Embedded posts end in a link-heavy attribution line; the quote as a whole is content.
        if (b.LinkDensity > MaxLinkDensity && !b.InQuote)
        {
            return true;
        }

        if (ReadAlso().IsMatch(folded) && (b.LinkChars > 0 || b.Text.Length < 2 * ShortLineChars))
        {
            return true;
        }

        // Promotions and credits run longer than a byline but are still one-liners.
        if (PrintEdition().IsMatch(folded) || (b.Text.Length <= 2 * ShortLineChars && (Newsletter().IsMatch(folded) || StaffCredits().IsMatch(folded) || Promotion().IsMatch(folded))))
        {
            return true;
        }

        if (HasDisguisedWords(b.Text) || SiteNotices.IsNotice(folded))
        {
            return true;
        }

        if (b.Text.Length <= ShortLineChars && (Byline().IsMatch(folded) || PressLine().IsMatch(folded) || IsDateLine(folded) || Credit().IsMatch(folded) || SharePrompt().IsMatch(folded)))
        {
            return true;
        }

        return ForwardLooking().IsMatch(folded);
    }

    /// <summary>
    /// Press releases end with a short "About Company" section (then contacts) that describes the issuer,
    /// not the news. Only a heading in the second half followed by a few blocks qualifies, so a news
    /// subheading such as "About face: ..." early in a story does not cut it short.
    /// </summary>
    private static void DropTrailingAboutSection(List<TextBlock> kept)
    {
        const int MaxAboutSectionBlocks = 4;
        for (var i = Math.Max(1, kept.Count / 2); i < kept.Count; i++)
        {
            var b = kept[i];
            var looksLikeHeading = b.IsHeading || (b.Text.Length <= 60 && !b.Text.EndsWith('.'));
            if (looksLikeHeading && kept.Count - i - 1 <= MaxAboutSectionBlocks && AboutHeading().IsMatch(CleanText.FoldForMatching(b.Text)))
            {
                kept.RemoveRange(i, kept.Count - i);
                return;
            }
        }
    }

    /// <summary>
    /// A short line that is only a date/time ("April 04, 2024 10:30 AM UTC+03", "2024/04/04"), or a
    /// dateline of a few words around a full date ("Staff reporter - 2024-08-13") that is not a sentence.
    /// </summary>
    private static bool IsDateLine(string folded)
    {
        if (!Year().IsMatch(folded))
        {
            return false;
        }

        var rest = DateWords().Replace(folded, " ");
        if (rest.Count(char.IsLetter) <= 3)
        {
            return true;
        }

        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));
        return FullDate().IsMatch(folded) && words <= 4 && !folded.TrimEnd().EndsWith('.');
    }

    [GeneratedRegex(@"^(read|see|also read|watch|listen)( (more|also|next|this))?\s*[:：\-–—»›|]|^(related|more|recommended|further reading)\s*[:：\-–—»›|]|^(اقرا|طالع|شاهد|تابع|انظر)( ايضا| كذلك| المزيد)\s*[:：\-–—»›|]?|^(للمزيد|ذات صله|مواضيع ذات صله|اخبار ذات صله)\s*[:：]?|" +
        // The same lines in the other languages of the sites people follow: German, French, Spanish, Italian.
        @"^(lesen sie (auch|mehr|weiter)|mehr zum thema|das könnte sie auch interessieren|weitere artikel|(à )?lire aussi|voir aussi|à lire également|lea también|lee también|leer más|te puede interesar|leggi anche|potrebbe interessarti)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReadAlso();

    /// <summary>Share prompts and author boxes in the languages of <see cref="ReadAlso"/>, as short lines of their own.</summary>
    [GeneratedRegex(@"^(share this (article|story|post)|möchten sie (den|diesen) artikel teilen|((den|diesen) )?(artikel|beitrag)( mit anderen)? teilen|jetzt teilen|partager (cet|l')article|compartir (este )?artículo|condividi (questo )?articolo|about the author|über den autor|über die autorin|à propos de l'auteur|sobre el autor|(zum|zur) autor(in)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SharePrompt();

    [GeneratedRegex(@"^((written |reported |posted )?by|بقلم|كتب|كتبت|اعداد|المصدر|source)\s*[:：]?\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"\b(sign up|subscribe)\b.*\bnewsletter\b|\bnewsletter\b.*\b(sign up|subscribe)\b|اشترك.*النشره|النشره.*اشترك", RegexOptions.CultureInvariant)]
    private static partial Regex Newsletter();

    /// <summary>
    /// A site's own notices around a story, in the languages the evaluation pages use: copyright and reprint terms,
    /// calls to subscribe, join or donate, app downloads, advertiser disclosures.
    /// </summary>
    [GeneratedRegex(@"^(this (article|story|content|post) is (the )?(copyright(ed)?|property)\b|all rights reserved|written permission (must|is)|reproduction (in whole or in part )?(is )?(prohibited|not permitted)|" +
        @"subscribe (now )?(to|for) |abonnieren sie |jetzt (abonnieren|abo )|hazte (miembro|socio)|suscr[ií]bete |abonnez-vous|become a (member|subscriber)|werden sie (mitglied|abonnent)|" +
        @"if you (enjoyed|liked|value|appreciate) (reading )?(this|our|the)|support (our|independent|quality) journalism|unterstützen sie (unsere|unabhängigen|uns)|" +
        @"this (post|article|page) (contains|may contain) (references to products|affiliate links)|(advertiser|affiliate) disclosure)|\bdownload (the|our) \S+( \S+)? apps?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Promotion();

    /// <summary>
    /// Words spelt with look-alike letters of another script ("сontеnt" with Cyrillic с and е): sites disguise their own
    /// promotions that way to get past filters; no writer mixes scripts inside a word.
    /// </summary>
    private static bool HasDisguisedWords(string text)
    {
        const int EnoughWords = 3;
        var disguised = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Any(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z') && word.Any(c => c is >= '\u0400' and <= '\u04FF') && ++disguised >= EnoughWords)
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"^(a version of this (article|story) (appears|appeared) in print|this (article|story) (appears|appeared) in (the )?print)", RegexOptions.CultureInvariant)]
    private static partial Regex PrintEdition();

    /// <summary>Wire-style closing credits: "Reporting by X in London; Editing by Y".</summary>
    [GeneratedRegex(@"^(additional )?(reporting|writing|editing|compiled|produced) by\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex StaffCredits();

    [GeneratedRegex(@"^(for immediate release|(media|press|investor) (contact|inquiries|enquiries|relations)|contacts?\s*:|source\s*:)", RegexOptions.CultureInvariant)]
    private static partial Regex PressLine();

    [GeneratedRegex(@"^(forward[- ]looking statements?|safe harbor|this (press )?release contains forward[- ]looking)", RegexOptions.CultureInvariant)]
    private static partial Regex ForwardLooking();

    /// <summary>A credit or source line, also in German, Polish, Spanish, Italian and Portuguese ("Quelle: dpa", "Źródło: GUS").</summary>
    [GeneratedRegex(@"^(photo|image|picture|credit|source|quelle|źródło|fuente|fonte|صوره|الصوره|المصدر)\s*(credit)?\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    [GeneratedRegex(@"^(about|نبذه عن|عن الشركه)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AboutHeading();

    private static readonly char[] BoilerplatePunctuation = [' ', ':', '-', '–', '—', '.', '…', '»', '›', '[', ']', '(', ')'];

    /// <summary>"War der Artikel nützlich?", "(Noch keine Bewertungen)", "Rate this article": a page's rating widget.</summary>
    [GeneratedRegex(@"^\(?(war (der|dieser) (artikel|beitrag) (nützlich|hilfreich)|(noch )?keine bewertungen?|bewerten|bewertung|rate this (article|recipe|post)|was this (article|page) helpful|no ratings yet)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Rating();

    /// <summary>A label left alone on its line once its picture or counter is gone: "Credit:", "Titelbild:", "Aufrufe: 1.234".</summary>
    [GeneratedRegex(@"^(credits?|titelbild|beitragsbild|bildquelle|quellenangaben|fotos?|crédits? photos?|aufrufe|views|kommentare insgesamt|autor(en|in)?|telefon|zusatzinformationen)\s*[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(###|-30-|- ends -|ends)$", RegexOptions.CultureInvariant)]
    private static partial Regex EndMarker();

    [GeneratedRegex(@"\b(19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.](19|20)\d\d\b|\b[a-z]{3,9}\.? \d{1,2}, (19|20)\d\d\b|\b\d{1,2} \p{L}{3,9} (19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b(19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\d+|\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?|am|pm|utc|gmt|et|est|edt|pst|pdt|bst|cet|updated|published|last|on|at)\b|\b(januar|februar|märz|mai|juni|juli|oktober|dezember|aktualisiert|veröffentlicht|erstellt|am|um|uhr|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|publié|le|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|publicado|actualizado|el|de)\b|يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|الاول|الثاني|صباحا|مساء|ص|م|نشر|في|تحديث|اخر|بتوقيت|جرينتش|غرينتش|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه", RegexOptions.CultureInvariant)]
    private static partial Regex DateWords();
}
