using System.Text.RegularExpressions;

namespace TalentWatch.Extraction;

/// <summary>
/// Lines a site's templates put around every story, not written for the one they sit under: a blog's "filed under"
/// footer, login prompts of the comment box. Matched on folded text (lower case), in the languages of the evaluation
/// pages and of the sites people follow.
/// </summary>
internal static partial class SiteNotices
{
    /// <summary>The template footers run long (categories, tags, feed links), so they are not held to a short line.</summary>
    private const int MaxFooterChars = 400;

    /// <summary>A prompt is one or two sentences; a longer line starting that way is the story quoting one.</summary>
    private const int MaxPromptChars = 200;

    /// <summary>A newsletter pitch may add its fine print ("Es ist ein Fehler aufgetreten") to the same line.</summary>
    private const int MaxSignupChars = 250;

    /// <summary>A list's label is a few words; a longer line ending in a colon introduces the story's own quote or list.</summary>
    private const int MaxLabelChars = 60;

    public static bool IsNotice(string folded) =>
        (folded.Length <= MaxFooterChars && PostFooter().IsMatch(folded))
        || (folded.Length <= MaxPromptChars && LoginPrompt().IsMatch(folded))
        || (folded.Length <= MaxPromptChars && FollowUs().IsMatch(folded))
        || (folded.Length <= MaxSignupChars && folded.Contains("newsletter", StringComparison.Ordinal) && SignUp().IsMatch(folded))
        || (folded.Length <= MaxSignupChars && Rights().IsMatch(folded))
        || (folded.Length <= MaxSignupChars && Disclosure().IsMatch(folded))
        || (folded.Length <= MaxLabelChars && MoreLabel().IsMatch(folded))
        || (folded.Length <= MaxPromptChars && CreditedCaption().IsMatch(folded))
        || (folded.Length <= MaxSignupChars && SupportUs().IsMatch(folded));

    /// <summary>
    /// A blog template's post footer: "This entry was posted in News. Bookmark the permalink.", "Der Beitrag wurde am
    /// Mittwoch, den 27. November um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt.", "Erstellt am 6. Mai
    /// 2014 und abgelegt unter Linux". No story sentence starts that way.
    /// </summary>
    [GeneratedRegex(@"^(this (entry|post) was (posted|filed)|(der |dieser )?(beitrag|eintrag|artikel) wurde am .{0,80}(veröffentlicht|abgelegt|erstellt)|(erstellt|veröffentlicht|geschrieben) am .{0,80}(abgelegt|gespeichert) unter|cette entrée a été publiée|esta entrada fue publicada|questo articolo è stato pubblicato|ten wpis został opublikowany)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostFooter();

    /// <summary>
    /// The comment box's prompt to readers who are not signed in: "Sie müssen sich einloggen, um ... zu können", "You must
    /// be logged in to post a comment", "Bitte registrieren Sie sich", "Sie sind aktuell nicht eingeloggt".
    /// </summary>
    [GeneratedRegex(@"^(sie müssen (sich )?(zuerst |erst )?(einloggen|anmelden|registrieren|angemeldet|eingeloggt)|(du musst|du mußt) (dich )?(zuerst |erst )?(einloggen|anmelden|angemeldet|eingeloggt)|sie sind (aktuell |derzeit |noch |momentan )?nicht (eingeloggt|angemeldet)|bitte (registrieren|melden) sie sich|" +
        @"you must be (logged|signed) in|you need to (be )?(log(ged)?|sign(ed)?) in|(please )?(log|sign) in to (comment|reply|post|leave)|only (registered|logged[- ]in) (users|members) can|" +
        @"vous devez (être connecté|vous connecter)|(debes|tienes que|necesitas) (iniciar sesión|estar registrado|registrarte)|devi (essere registrato|effettuare il login)|musisz (być zalogowany|się zalogować))", RegexOptions.CultureInvariant)]
    private static partial Regex LoginPrompt();

    /// <summary>"Síguenos en Telegram, Instagram y Twitter", "Folgen Sie uns auf Facebook": the site's social accounts.</summary>
    [GeneratedRegex(@"^(s[ií]guenos|folgen sie uns|folge uns|folgt uns|follow us|suivez-nous|seguici|obserwuj nas|siga-nos|sigam-nos)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FollowUs();

    /// <summary>
    /// An imperative to sign up, in a line that names a newsletter: "Never miss the latest news by signing up to our
    /// newsletter", "Melde dich hier für unseren Newsletter an", "suscribirse aquí a nuestra newsletter".
    /// </summary>
    [GeneratedRegex(@"\b(sign(ing)? up|subscribe|suscr[ií]bete|suscribirse|abonnieren sie|abonniere|melde dich|melden sie sich|(jetzt|hier) (kostenlos )?anmelden|inscrivez-vous|abonnez-vous|iscriviti|zapisz się|assine)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SignUp();

    /// <summary>
    /// A copyright or licence notice, wherever it sits in its line: "© 2020 ®/TM General Mills All Rights Reserved",
    /// "© AFP / NAME", "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND", "stehen Inhalte unter CC-BY". A line
    /// starting with the word "copyright" counts only with a year or a sign after it: AI news is full of copyright suits.
    /// </summary>
    [GeneratedRegex(@"^(©|\(c\) (19|20)\d\d|copyright\s*(©|\(c\)|(19|20)\d\d))|\b(all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|tutti i diritti riservati|wszelkie prawa zastrzeżone|todos os direitos reservados)\b|\b(lizenz|license|licence|licencia|licenza|licencj\p{L}+) (cc|creative commons)\b|\b(unter|under) (der |the |a )?(cc[- ]by|creative[- ]commons)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Rights();

    /// <summary>
    /// An advertising or affiliate disclosure: "*Werbung. Dieser Beitrag enthält Werbung für X", "Bei den Verlinkungen handelt
    /// es sich um Affiliate Links", "We may earn a commission when you buy through links on this page".
    /// </summary>
    [GeneratedRegex(@"\baffiliate[- ]?links?\b|\b(enthält|beinhaltet) (unbezahlte |bezahlte )?(werbung|affiliate|anzeigen)|^\*?(werbung|anzeige|advertisement|sponsored|publicidad|pubblicità|reklama)\s*[.:|]\s*\S|\b(we|wir|erhalten wir) (may )?(receive|earn|erhalten) (a |eine )?(small |kleine )?(commission|provision)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Disclosure();

    /// <summary>
    /// The label of a list of more links, left alone once its links are gone: "Weitere Beiträge aus der Kolumne:", "Mehr
    /// Kolumnen auf X:", "Aktuelle Berichte aus dieser Kategorie:", "More from our partners:", "Otras noticias:".
    /// </summary>
    [GeneratedRegex(@"^(weitere|mehr|aktuelle|more|other|otras|otros|más|autres|plus d'|altri|altre|więcej|inne)\b[^.!?]{0,50}:$", RegexOptions.CultureInvariant)]
    private static partial Regex MoreLabel();

    /// <summary>
    /// A picture's caption left in the text, known by the credit it ends with: "Ski-Star aus der Schweiz. © AFP / NAME",
    /// "Der neue Campus im Mai. Foto: Pressestelle". A story's sentence does not end on a photographer's name.
    /// </summary>
    [GeneratedRegex(@"\s(©|\(c\)|fotos?\s*:|photos?\s*:|bild\s*:|credit\s*:|image\s*:|foto(grafía)?\s*:)\s*[^.©:]{1,50}$", RegexOptions.CultureInvariant)]
    private static partial Regex CreditedCaption();

    /// <summary>
    /// A call to fund the site: "Wesprzyj nas darowizną", "Tú también puedes hacer periodismo. Cancela cuando quieras", "Help
    /// us continue to ...", "Jetzt spenden".
    /// </summary>
    [GeneratedRegex(@"\b(wesprzyj nas|wspieraj nas|wesprzyj (naszą|niezależne)|apóyanos|apoya (nuestro|el) periodismo|cancela cuando quieras|help us (continue|keep|spread)|hilf uns|unterstütze uns|soutenez-nous|sostienici|faça uma doação|haz una donación|make a donation|donate (now|today)|jetzt spenden)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SupportUs();
}
