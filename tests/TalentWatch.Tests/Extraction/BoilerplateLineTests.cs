using TalentWatch.Extraction;

namespace TalentWatch.Tests.Extraction;

/// <summary>Read-also, share and author-box lines inside a story's container, in the languages of the sites people follow.</summary>
public sealed class BoilerplateLineTests
{
    private const string Story =
        "<p>Die Forschungsgruppe hat am Montag bekannt gegeben, dass ihre Leiterin nach sechs Jahren zu einem Konkurrenten in Paris wechselt.</p>" +
        "<p>Kollegen sagten, der Abgang sei seit dem Frühjahr erwartet worden, als zwei leitende Ingenieure zum selben Unternehmen gingen.</p>";

    [Theory]
    [InlineData("Lesen Sie auch: Wie die Labore um Talente kämpfen")]
    [InlineData("Möchten Sie den Artikel teilen?")]
    [InlineData("Über den Autor")]
    [InlineData("À lire aussi : la bataille des talents")]
    [InlineData("Lee también: la guerra por el talento")]
    [InlineData("Leggi anche: la guerra dei talenti")]
    [InlineData("Ähnliche Beiträge")]
    [InlineData("Das Thema könnte dich auch interessieren:")]
    [InlineData("Noticias relacionadas")]
    [InlineData("Zobacz także")]
    [InlineData("- Anzeige -")]
    [InlineData("Rezept drucken")]
    [InlineData("War der Artikel nützlich?")]
    [InlineData("Titelbild: Pressestelle")]
    [InlineData("Explore further")]
    [InlineData("Weiterführende Informationen")]
    [InlineData("Den Artikel mit anderen teilen")]
    [InlineData("Aktualisiert am 6. Mai 2024, 10:30 Uhr")]
    [InlineData("Temas relacionados")]
    [InlineData("This article is the copyrighted property of the Daily Wire.")]
    [InlineData("Written permission must be obtained before reprint in online or print media.")]
    [InlineData("Subscribe now to our e-paper for the full story.")]
    [InlineData("Abonnieren Sie unseren Kanal und verpassen Sie nichts.")]
    [InlineData("HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS")]
    [InlineData("If you enjoyed reading this post, please consider a donation.")]
    [InlineData("For the latest stories and breaking news updates download the Daily Wire app.")]
    [InlineData("This post contains references to products from one or more of our advertisers.")]
    [InlineData("Quelle: Landesregierung Baden-Württemberg")]
    [InlineData("Źródło: Główny Urząd Statystyczny")]
    [InlineData("This entry was posted in Allgemein and tagged Personal. Bookmark the permalink.")]
    [InlineData("Der Beitrag wurde am Freitag, den 3. Mai 2024 um 09:12 Uhr veröffentlicht und wurde unter Allgemein, Karriere abgelegt. Du kannst die Kommentare zu diesen Eintrag durch den RSS 2.0 Feed verfolgen.")]
    [InlineData("Sie müssen sich anmelden, um einen Kommentar schreiben zu können.")]
    [InlineData("You must be logged in to post a comment.")]
    [InlineData("Síguenos en Instagram, Facebook y Twitter para recibir todas nuestras noticias")]
    [InlineData("Nichts mehr verpassen: Melde dich hier für unseren wöchentlichen Newsletter an!")]
    [InlineData("For the latest stories download the Daily Wire apps for iOS and Android.")]
    [InlineData("© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten.")]
    [InlineData("Dieser Text steht unter der Lizenz CC BY-SA 4.0, die Fotos sind ausgenommen.")]
    [InlineData("*Werbung. Dieser Beitrag enthält Werbung für eine Modemarke.")]
    [InlineData("Bei den Links im Text handelt es sich um Affiliate-Links.")]
    [InlineData("Weitere Beiträge aus unserer Serie:")]
    [InlineData("Die Leiterin bei der Eröffnung des neuen Labors in Paris. © AFP / Jean Dupont")]
    [InlineData("Podoba Ci się nasza praca? Wesprzyj nas darowizną.")]
    [InlineData("Yоur соntеnt іѕ dеlіvеrеd іnѕtаntlу tо thоuѕаndѕ оf rеаdеrѕ")]
    public void A_read_also_share_or_author_line_is_dropped_and_the_story_kept(string line)
    {
        var html = $"<html lang='de'><head><title>Leiterin wechselt</title></head><body><article>{Story}<p>{line}</p></article></body></html>";

        var article = ArticleExtractor.Extract(html, new Uri("https://news.example.de/2024/05/leiterin/"));

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.DoesNotContain(line, article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Copyright holders sued OpenAI over the books used to train its models, the filing shows.")]
    [InlineData("Copyright law does not protect facts, the judge wrote in a ruling for the AI lab.")]
    public void A_story_sentence_about_copyright_is_kept(string line)
    {
        var html = $"<html lang='en'><head><title>Authors sue</title></head><body><article>{Story}<p>{line}</p></article></body></html>";

        var article = ArticleExtractor.Extract(html, new Uri("https://news.example.com/2024/05/authors-sue/"));

        Assert.Contains(line, article.Text, StringComparison.Ordinal);
    }
}
