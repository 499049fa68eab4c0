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

    public static bool IsNotice(string folded) =>
        folded.Length <= MaxFooterChars && PostFooter().IsMatch(folded);

    /// <summary>
    /// A blog template's post footer: "This entry was posted in News. Bookmark the permalink.", "Der Beitrag wurde am
    /// Mittwoch, den 27. November um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt.", "Erstellt am 6. Mai
    /// 2014 und abgelegt unter Linux". No story sentence starts that way.
    /// </summary>
    [GeneratedRegex(@"^(this (entry|post) was (posted|filed)|(der |dieser )?(beitrag|eintrag|artikel) wurde am .{0,80}(veröffentlicht|abgelegt|erstellt)|(erstellt|veröffentlicht|geschrieben) am .{0,80}(abgelegt|gespeichert) unter|cette entrée a été publiée|esta entrada fue publicada|questo articolo è stato pubblicato|ten wpis został opublikowany)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PostFooter();
}
