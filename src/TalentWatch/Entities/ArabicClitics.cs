namespace TalentWatch.Entities;

/// <summary>
/// Arabic writes conjunctions, prepositions and the article attached to the next word (وألتمان، لتسلا، بالشركة).
/// A name may therefore start inside a word, but only when everything before it in that word is such a clitic
/// chain; otherwise ماسك would be found inside تماسك and ميتا inside كيميتا.
/// </summary>
public static class ArabicClitics
{
    private static readonly HashSet<string> WithoutArticle = Build(article: false);
    private static readonly HashSet<string> WithArticle = Build(article: true);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WithoutArticleLookup =
        WithoutArticle.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WithArticleLookup =
        WithArticle.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longest chain we accept (و + ب + ال).</summary>
    public const int MaxLength = 4;

    /// <summary>
    /// True when <paramref name="prefix"/> (already normalised) is a valid proclitic chain.
    /// The article (ال، لل) is allowed only when <paramref name="allowArticle"/>: organisations take it
    /// (للشركة) but person names do not, and "الماسك" is "the holder", not Musk.
    /// </summary>
    public static bool IsProcliticChain(ReadOnlySpan<char> prefix, bool allowArticle)
    {
        if (prefix.IsEmpty || prefix.Length > MaxLength)
        {
            return false;
        }

        return allowArticle ? WithArticleLookup.Contains(prefix) : WithoutArticleLookup.Contains(prefix);
    }

    /// <summary>
    /// For aliases that begin with the article (الذكاء), "ل" fuses with it and the alef disappears (للذكاء).
    /// The matcher indexes the alias without its alef; this says whether the prefix before that form is ل، ول or فل.
    /// </summary>
    public static bool IsLamFusion(ReadOnlySpan<char> prefix) =>
        prefix is "ل" or "ول" or "فل";

    private static HashSet<string> Build(bool article)
    {
        string[] conjunctions = ["", "و", "ف"];
        string[] prepositions = ["", "ب", "ل", "ك"];
        string[] articles = article ? ["", "ال"] : [""];
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in conjunctions)
        {
            foreach (var p in prepositions)
            {
                foreach (var a in articles)
                {
                    // ل + ال is written لل, added below.
                    if (p == "ل" && a == "ال")
                    {
                        continue;
                    }

                    set.Add(c + p + a);
                }
            }

            if (article)
            {
                set.Add(c + "لل");
            }
        }

        set.Remove("");
        return set;
    }
}
